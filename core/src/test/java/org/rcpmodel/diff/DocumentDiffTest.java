package org.rcpmodel.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rcpmodel.Approximation;
import org.rcpmodel.ChairStatus;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Declaration;
import org.rcpmodel.Document;
import org.rcpmodel.FigureScope;
import org.rcpmodel.FormerName;
import org.rcpmodel.Meeting;
import org.rcpmodel.MeetingLevel;
import org.rcpmodel.MigrationFigure;
import org.rcpmodel.Participant;
import org.rcpmodel.Participation;
import org.rcpmodel.ProcessKind;
import org.rcpmodel.Role;
import org.rcpmodel.Source;
import org.rcpmodel.State;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;

class DocumentDiffTest {

  static Participation participation(String code, Role role, String period) {
    Participation.Builder b = Participation.builder().participant(Participant.state(code)).role(role).addSources("s");
    if (period != null) {
      b.period(Period.parse(period));
    }
    return b.build();
  }

  static Chairmanship chair(String code, String period, ChairStatus status) {
    return Chairmanship.builder().addChairs(Participant.state(code)).period(Period.parse(period)).status(status).addSources("s").build();
  }

  static Document doc(ConsultativeProcess.Builder process) {
    return Document.builder().addSources(Source.builder().id("s").title("A page").build())
        .addStates(State.of("KAZ", "Kazakhstan")).addProcesses(process.build()).build();
  }

  static ConsultativeProcess.Builder process() {
    return ConsultativeProcess.builder().id("p").name("Almaty Process").kind(ProcessKind.RCP);
  }

  @Test
  void aDocumentComparedWithItselfHasNoChange() {
    Document d = doc(process().addParticipations(participation("KAZ", Role.MEMBER, "2013/..")).addChairs(chair("KAZ", "2013/2016", ChairStatus.PAST)));

    assertThat(DocumentDiff.between(d, d).isEmpty()).isTrue();
  }

  @Test
  void aMorePreciseCompatiblePeriodIsRefinedAndAnIncompatibleOneIsChanged() {
    Document old = doc(process().addChairs(chair("KAZ", "2013/2016", ChairStatus.PAST), chair("KGZ", "2016-10/2018-09", ChairStatus.PAST)));
    Document now = doc(process().addChairs(chair("KAZ", "2013-06/2016-11", ChairStatus.PAST), chair("KGZ", "2016-11/2018-11", ChairStatus.PAST)));

    List<Change> changes = DocumentDiff.between(old, now).changes();

    assertThat(changes).extracting(Change::kind).containsExactly(ChangeKind.DATES_REFINED, ChangeKind.DATES_CHANGED);
    assertThat(changes.get(0).beforePointer()).contains("/processes/0/chairs/0/period");
    assertThat(changes.get(0).before()).contains("2013/2016");
    assertThat(changes.get(0).after()).contains("2013-06/2016-11");
    assertThat(changes.get(1).after()).contains("2016-11/2018-11");
  }

  @Test
  void participantsWhoJoinLeaveOrChangeRoleAreNamedSo() {
    Document old = doc(process().addParticipations(participation("KAZ", Role.MEMBER, "2013/.."),
        participation("TKM", Role.OBSERVER, null), participation("UZB", Role.CANDIDATE, null)));
    Document now = doc(process().addParticipations(participation("KAZ", Role.MEMBER, "2013/2026-01"),
        participation("TKM", Role.MEMBER, null), participation("ITA", Role.OBSERVER, null)));

    List<Change> changes = DocumentDiff.between(old, now).changes();

    assertThat(changes).extracting(c -> c.kind() + " " + c.subject()).containsExactly(
        "LEFT State KAZ as MEMBER in p",
        "ROLE_CHANGED State TKM as MEMBER in p",
        "LEFT State UZB as CANDIDATE in p",
        "JOINED State ITA as OBSERVER in p");
    assertThat(changes.get(0).before()).contains("2013/..");
    assertThat(changes.get(0).after()).contains("2013/2026-01");
    assertThat(changes.get(3).afterPointer()).contains("/processes/0/participations/2");
    assertThat(changes.get(3).beforePointer()).isEmpty();
  }

  @Test
  void anIncomingTermBecomingCurrentIsAStatusChangeAndAnOpenTermThatEndsIsEnded() {
    Document old = doc(process().addChairs(chair("AZE", "2023/..", ChairStatus.CURRENT), chair("KAZ", "2025-04/..", ChairStatus.INCOMING)));
    Document now = doc(process().addChairs(chair("AZE", "2023/2025-04", ChairStatus.CURRENT), chair("KAZ", "2025-04/..", ChairStatus.CURRENT)));

    List<Change> changes = DocumentDiff.between(old, now).changes();

    assertThat(changes).extracting(c -> c.kind() + " " + c.attribute().orElse("") + " " + c.before().orElse("") + " -> " + c.after().orElse(""))
        .containsExactly("TERM_ENDED period 2023/.. -> 2023/2025-04", "STATUS_CHANGED status INCOMING -> CURRENT");
    assertThat(changes.get(1).beforePointer()).contains("/processes/0/chairs/1/status");
  }

  @Test
  void aNewTermAndARemovedTermAreAddedAndRemoved() {
    Document old = doc(process().addChairs(chair("AZE", "2023/2024", ChairStatus.PAST)));
    Document now = doc(process().addChairs(chair("KAZ", "2025-04/..", ChairStatus.CURRENT)));

    assertThat(DocumentDiff.between(old, now).changes()).extracting(c -> c.kind() + " " + c.record())
        .containsExactly("REMOVED CHAIR_TERM", "ADDED CHAIR_TERM");
  }

  @Test
  void meetingsAreMatchedAcrossIdsAndTheirDeclarationsFollow() {
    Meeting oldMeeting = Meeting.builder().id("mc3").level(MeetingLevel.MINISTERIAL_CONFERENCE).ordinal(3).host("AZE")
        .period(Period.parse("2025-04")).build();
    Meeting newMeeting = Meeting.builder().from(oldMeeting).id("mc3-baku-2025").city("Baku").period(Period.parse("2025-04-24")).build();
    Declaration oldBaku = Declaration.builder().id("baku").title("Baku Declaration").adopted(PartialDate.parse("2025-04")).meeting("mc3").build();
    Declaration newBaku = Declaration.builder().from(oldBaku).id("baku-declaration").adopted(PartialDate.parse("2025-04-24"))
        .meeting("mc3-baku-2025").build();

    List<Change> changes = DocumentDiff.between(doc(process().addMeetings(oldMeeting).addDeclarations(oldBaku)),
        doc(process().addMeetings(newMeeting).addDeclarations(newBaku))).changes();

    assertThat(changes).extracting(c -> c.kind() + " " + c.record() + " " + c.attribute().orElse("")).containsExactly(
        "VALUE_CHANGED MEETING id", "VALUE_CHANGED MEETING city", "DATES_REFINED MEETING period",
        "VALUE_CHANGED DECLARATION id", "DATES_REFINED DECLARATION adopted");
  }

  @Test
  void aFigureWhoseValueChangedIsOneChangeNotARemovalAndAnAddition() {
    MigrationFigure before = MigrationFigure.builder().metric("internationalMigrants").value(new BigDecimal("9500000"))
        .approximation(Approximation.AROUND).scope(FigureScope.MEMBERS).build();
    MigrationFigure after = MigrationFigure.builder().from(before).value(new BigDecimal("9800000"))
        .referenceDate(PartialDate.parse("2024-07-01")).build();

    List<Change> changes = DocumentDiff.between(doc(process().addFigures(before)), doc(process().addFigures(after))).changes();

    assertThat(changes).extracting(c -> c.kind() + " " + c.attribute().orElse("") + " " + c.after().orElse(""))
        .containsExactly("VALUE_CHANGED value 9800000", "DATES_REFINED referenceDate 2024-07-01");
  }

  @Test
  void aStatesNewNameIsANameChangeAndTheOrderOfCitedSourcesIsNoChange() {
    State turkey = State.builder().code("TUR").name("Turkey").addSources("a", "b").build();
    State turkiye = State.builder().code("TUR").name("Türkiye").addFormerNames(FormerName.of("Turkey", Period.parse("../2022-05-31")))
        .addSources("b", "a").build();
    Document old = Document.builder().addStates(turkey).build();
    Document now = Document.builder().addStates(turkiye).build();

    List<Change> changes = DocumentDiff.between(old, now).changes();

    assertThat(changes).extracting(Change::kind).containsExactly(ChangeKind.NAME_CHANGED, ChangeKind.VALUE_CHANGED);
    assertThat(changes.get(0).before()).contains("Turkey");
    assertThat(changes.get(0).after()).contains("Türkiye");
    assertThat(changes.get(0).afterPointer()).contains("/states/0/name");
  }

  @Test
  void sourcesAddedAndACitationAddedAreReported() {
    Document old = doc(process().addParticipations(participation("KAZ", Role.MEMBER, null)));
    Participation cited = Participation.builder().from(participation("KAZ", Role.MEMBER, null)).addSources("t").build();
    Document now = Document.builder().from(doc(process().addParticipations(cited)))
        .addSources(Source.builder().id("t").title("Another page").build()).build();

    assertThat(DocumentDiff.between(old, now).changes()).extracting(c -> c.kind() + " " + c.record())
        .containsExactly("ADDED SOURCE", "CITATIONS_CHANGED PARTICIPATION");
    assertThat(DocumentDiff.between(old, now).ofKind(ChangeKind.CITATIONS_CHANGED).get(0).after()).isEqualTo(Optional.of("s, t"));
  }
}
