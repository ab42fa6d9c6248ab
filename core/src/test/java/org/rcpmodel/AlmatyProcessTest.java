package org.rcpmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rcpmodel.query.ChairHolding;
import org.rcpmodel.query.ProcessQuery;
import org.rcpmodel.query.RoleHolding;
import org.rcpmodel.time.Answer;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;

class AlmatyProcessTest {

  private final Document document = AlmatyFixture.document();
  private final ConsultativeProcess almaty = document.findProcess(AlmatyFixture.PROCESS_ID).orElseThrow();
  private final ProcessQuery query = ProcessQuery.of(almaty);

  @Test
  void theWholeProcessIsBuilt() {
    assertThat(almaty.getParticipations()).hasSize(12);
    assertThat(almaty.getChairs()).hasSize(6);
    assertThat(almaty.getMeetings()).hasSize(3);
    assertThat(almaty.getDeclarations()).extracting(Declaration::getTitle)
        .containsExactly("Almaty Declaration", "Baku Declaration");
    assertThat(almaty.getFigures()).hasSize(4);
    assertThat(document.getPeople()).extracting(Person::getName)
        .containsExactly("Arthur Erken", "Vusal Huseynov", "Kaye Viray");
    assertThat(almaty.getChairingRule().getTermMonths()).contains(24);
  }

  @Test
  void turkiyeChairedOnTheFirstOfJune2022() {
    List<ChairHolding> chairs = query.chairsOn(PartialDate.parse("2022-06-01"));

    assertThat(chairs).extracting(ChairHolding::chair).containsExactly(Participant.state("TUR"));
    // The term is recorded as 2021/2022: it may have ended before June 2022, so the answer is honest.
    assertThat(chairs.get(0).answer()).isEqualTo(Answer.MAYBE);
  }

  @Test
  void kazakhstanSurelyChairsAfterTheBakuConference() {
    List<ChairHolding> chairs = query.chairsOn(PartialDate.parse("2025-06-01"));

    assertThat(chairs).singleElement().satisfies(holding -> {
      assertThat(holding.chair()).isEqualTo(Participant.state("KAZ"));
      assertThat(holding.answer()).isEqualTo(Answer.YES);
      assertThat(holding.terms()).singleElement()
          .satisfies(term -> assertThat(term.getStatus()).contains(ChairStatus.INCOMING));
    });
  }

  @Test
  void theSevenMembersWereMembersOnTheFirstOfJanuary2024() {
    List<RoleHolding> members = query.holders(Role.MEMBER, PartialDate.parse("2024-01-01"));

    assertThat(members).extracting(RoleHolding::participant).extracting(Participant::id)
        .containsExactly("AFG", "AZE", "KAZ", "KGZ", "TJK", "TKM", "TUR");
    assertThat(members).extracting(RoleHolding::answer).containsOnly(Answer.YES);
  }

  @Test
  void italyIsAnObserverNotAMember() {
    Participant italy = Participant.state("ITA");

    assertThat(query.holds(italy, Role.MEMBER, PartialDate.parse("2025-04-24"))).isEqualTo(Answer.NO);
    assertThat(query.holds(italy, Role.OBSERVER, PartialDate.parse("2025-04-24"))).isEqualTo(Answer.YES);
    // Known only as of April 2025: earlier dates cannot be answered either way.
    assertThat(query.holds(italy, Role.OBSERVER, PartialDate.parse("2020"))).isEqualTo(Answer.MAYBE);
  }

  @Test
  void observersOnTheConferenceDayAreSureAndEarlierOnesUnknown() {
    assertThat(query.holders(Role.OBSERVER, PartialDate.parse("2025-04-24")))
        .extracting(h -> h.participant().id() + ":" + h.answer())
        .containsExactly("IRN:YES", "ITA:YES", "PAK:YES");
    assertThat(query.holders(Role.OBSERVER, PartialDate.parse("2019")))
        .extracting(RoleHolding::answer).containsOnly(Answer.MAYBE);
  }

  @Test
  void theSecretariatIsJointlyIomAndUnhcr() {
    assertThat(query.holders(Role.SECRETARIAT, PartialDate.parse("2025-04-24")))
        .extracting(RoleHolding::participant)
        .containsExactly(Participant.organization("iom"), Participant.organization("unhcr"));
  }

  @Test
  void kazakhstanHandingOverToKyrgyzstanInNovember2016IsNotAnOverlap() {
    Period kazakhstan = Period.parse("2013-06/2016-11");
    Period kyrgyzstan = Period.parse("2016-11/2018-11");

    assertThat(kazakhstan.overlaps(kyrgyzstan)).isEqualTo(Answer.NO);
    assertThat(kazakhstan.touches(kyrgyzstan)).isEqualTo(Answer.YES);
  }

  @Test
  void kazakhstanChairedTwice() {
    List<ChairHolding> during = query.chairsDuring(Period.parse("2013/.."));

    assertThat(during).filteredOn(h -> h.chair().id().equals("KAZ"))
        .singleElement().satisfies(h -> assertThat(h.terms()).hasSize(2));
  }

  @Test
  void bothChairsOfAHandOverYearMayHaveChairedDuringThatYear() {
    // Kazakhstan's term ends in 2016 and Kyrgyzstan's starts in 2016: between the two records that is
    // a hand-over, not an overlap, but it must not hide either of them from a question about 2016.
    // The asked period "2016" is itself refined within the year, so each answer is MAYBE.
    assertThat(query.chairsDuring(Period.parse("2016"))).extracting(h -> h.chair().id(), ChairHolding::answer)
        .containsExactlyInAnyOrder(tuple("KAZ", Answer.MAYBE), tuple("KGZ", Answer.MAYBE));
    // Kyrgyzstan surely chaired in 2017; Kazakhstan only if the asked period starts early enough in 2016.
    assertThat(query.chairsDuring(Period.parse("2016/2017"))).extracting(h -> h.chair().id(), ChairHolding::answer)
        .containsExactlyInAnyOrder(tuple("KGZ", Answer.YES), tuple("KAZ", Answer.MAYBE));
  }

  @Test
  void aMemberRecordedFromTheMonthTheAskedPeriodEndsInMayHaveHeldDuringIt() {
    // Members are recorded from 2013-06, the month in which 2010/2013-06 ends: a hand-over reading
    // answered NO for all seven.
    assertThat(query.holders(Role.MEMBER, Period.parse("2010/2013-06"))).hasSize(7)
        .allSatisfy(h -> assertThat(h.answer()).isEqualTo(Answer.MAYBE));
    assertThat(query.holders(Role.MEMBER, Period.parse("2010/2013-07"))).hasSize(7)
        .allSatisfy(h -> assertThat(h.answer()).isEqualTo(Answer.YES));
  }

  @Test
  void aStandingCoChairIsListedBesideTheChair() {
    ConsultativeProcess budapest = ConsultativeProcess.builder().id("budapest").name("Budapest Process")
        .kind(ProcessKind.IRF).chairingRule(ChairingRule.builder().standingCoChair(true).build())
        .addChairs(Chairmanship.builder().addChairs(Participant.state("TUR")).coChair(Participant.state("HUN"))
            .period(Period.parse("2020/2022")).build())
        .build();

    List<ChairHolding> chairs = ProcessQuery.of(budapest).chairsOn(PartialDate.parse("2021-05-01"));

    assertThat(chairs).extracting(h -> h.chair().id() + ":" + h.answer()).containsExactly("HUN:YES", "TUR:YES");
    assertThat(chairs).allSatisfy(h -> assertThat(h.terms()).hasSize(1));
  }

  @Test
  void roleHistoryListsEveryRoleOfOneParticipant() {
    assertThat(query.roleHistory(Participant.state("KAZ"))).extracting(Participation::getRole)
        .containsExactly(Role.MEMBER);
    assertThat(query.roleHistory(Participant.state("ITA"))).extracting(Participation::getRole)
        .containsExactly(Role.OBSERVER);
  }

  @Test
  void turkiyeWasCalledTurkeyBeforeJune2022() {
    State turkiye = document.getStates().stream().filter(s -> s.getCode().equals("TUR")).findFirst().orElseThrow();

    assertThat(turkiye.nameOn(PartialDate.parse("2021-03"))).isEqualTo("Turkey");
    assertThat(turkiye.nameOn(PartialDate.parse("2022-06-01"))).isEqualTo("Türkiye");
  }

  @Test
  void theFiguresKeepApproximationAndScope() {
    assertThat(almaty.getFigures())
        .extracting(f -> f.getMetric() + "/" + f.getScope() + "/" + f.getApproximation() + "/" + f.getValue())
        .containsExactly(
            "citizensAbroad/MEMBERS/AROUND/8000000",
            "internationalMigrants/MEMBERS/AROUND/9500000",
            "internationalMigrants/MEMBERS_OBSERVERS_AND_INVITED/NEARLY/25000000",
            "citizensAbroad/MEMBERS_OBSERVERS_AND_INVITED/APPROXIMATELY/22000000");
  }
}
