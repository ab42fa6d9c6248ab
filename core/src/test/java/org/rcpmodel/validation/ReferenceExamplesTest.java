package org.rcpmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rcpmodel.validation.Docs.*;
import static org.rcpmodel.validation.RuleCatalogue.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rcpmodel.Approximation;
import org.rcpmodel.ChairSelection;
import org.rcpmodel.ChairingRule;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Declaration;
import org.rcpmodel.Document;
import org.rcpmodel.FigureScope;
import org.rcpmodel.Meeting;
import org.rcpmodel.MeetingLevel;
import org.rcpmodel.MembershipRule;
import org.rcpmodel.MigrationFigure;
import org.rcpmodel.Organization;
import org.rcpmodel.Participant;
import org.rcpmodel.Participation;
import org.rcpmodel.ProcessKind;
import org.rcpmodel.Role;
import org.rcpmodel.Secretariat;
import org.rcpmodel.Source;
import org.rcpmodel.StatedProperty;
import org.rcpmodel.Statement;

/**
 * One example per rule {@link ReferenceValidator} covers, written where one fits from the public
 * facts in docs/SOURCES.md (the Almaty, Bali, Budapest and South American processes): the engine and
 * the reference each give exactly the findings shown, so every example pins both.
 */
class ReferenceExamplesTest {

  /** The findings of one code, as "code SEVERITY /pointer", from the engine and from the reference. */
  private static void expect(Document doc, String code, String... findings) {
    List<String> expected = new ArrayList<>();
    for (String f : findings) {
      expected.add(code + " " + f);
    }
    assertThat(ofCode(ReferenceOracleTest.engine(doc), code)).as("engine").containsExactlyInAnyOrderElementsOf(expected);
    assertThat(ofCode(ReferenceOracleTest.reference(doc), code)).as("reference")
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  private static List<String> ofCode(List<String> all, String code) {
    return all.stream().filter(f -> f.startsWith(code + " ")).toList();
  }

  private static Chairmanship term(String state, String period, String... sources) {
    return Chairmanship.builder().addChairs(Participant.state(state)).period(p(period)).addSources(sources).build();
  }

  private static Meeting meeting(String id, String period) {
    return Meeting.builder().id(id).level(MeetingLevel.MINISTERIAL_CONFERENCE).period(p(period)).build();
  }

  private static MigrationFigure figure(int value, FigureScope scope, String referenceDate, String... sources) {
    MigrationFigure.Builder b = MigrationFigure.builder().metric("member States").value(BigDecimal.valueOf(value))
        .approximation(Approximation.EXACT).scope(scope).addSources(sources);
    if (referenceDate != null) {
      b.referenceDate(d(referenceDate));
    }
    return b.build();
  }

  private static ConsultativeProcess other(String id) {
    return ConsultativeProcess.builder().id(id).name(id).kind(ProcessKind.RCP).established(d("2002")).build();
  }

  @Test
  void aMeetingIdUsedInTwoProcessesIsADuplicateAtTheLaterOne() {
    // Meetings are unique across the whole document: the Almaty Process's first ministerial conference
    // and another process's meeting cannot share the id almaty-2013.
    Document doc = document().addProcesses(process().addMeetings(meeting("almaty-2013", "2013-06-05")).build(),
        ConsultativeProcess.builder().from(other("bali")).addMeetings(meeting("almaty-2013", "2013-04-26")).build())
        .build();
    expect(doc, ID_DUPLICATE, "ERROR /processes/1/meetings/0/id");
  }

  @Test
  void aDeclarationAtAMeetingOfAnotherProcessIsUnresolvedAndTheMessageSaysWhose() {
    // The Istanbul Process's "Almaty Declaration" of 2013-04-26 is not adopted at the Almaty Process's
    // 2013 conference: that meeting belongs to another process.
    Document doc = document().addProcesses(process().addMeetings(meeting("almaty-2013", "2013-06-05")).build(),
        ConsultativeProcess.builder().from(other("istanbul")).addDeclarations(Declaration.builder().id("almaty-2013-d")
            .title("Almaty Declaration").adopted(d("2013-04-26")).meeting("almaty-2013").addSources("s9").build())
            .build()).build();
    expect(doc, REF_UNRESOLVED, "ERROR /processes/1/declarations/0/meeting", "ERROR /processes/1/declarations/0/sources/0");
    assertThat(validate(doc).withCode(REF_UNRESOLVED)).extracting(Violation::message)
        .contains("the meeting 'almaty-2013' is a meeting of the process 'p', not of this one");
  }

  @Test
  void twoOrganizationsThatAreEachOthersParentAreOneCycleAtTheFirst() {
    Document doc = document().addOrganizations(Organization.builder().id("icmpd").name("ICMPD").parent("unhcr").build(),
        Organization.builder().id("unhcr").name("UNHCR").parent("icmpd").build()).addProcesses(process().build()).build();
    expect(doc, REF_CYCLE, "ERROR /organizations/1/parent");
  }

  @Test
  void aWellFormedButUnassignedStateCodeIsUnknownWhereverItIsNamed() {
    ConsultativeProcess.Builder process = process().addParticipations(participation("XKX", Role.OBSERVER, "2014/..", "s1"))
        .addMeetings(Meeting.builder().id("m").level(MeetingLevel.SENIOR_OFFICIALS).host("XKX").period(p("2023-03-28"))
            .build());
    expect(with(process), STATE_UNKNOWN_CODE, "ERROR /processes/0/participations/2/participant/state",
        "ERROR /processes/0/meetings/0/host");
  }

  @Test
  void aChairTermWrittenBackwardsIsReversedButAMonthInsideItsEndYearIsNot() {
    // Kyrgyzstan's term (IOM: October 2016 - September 2018) typed end first; 2016-03/2016 is consistent.
    ConsultativeProcess.Builder process = process().addChairs(term("KGZ", "2018-09/2016-10", "s1"),
        term("KAZ", "2016-03/2016", "s2"));
    expect(with(process), PERIOD_REVERSED, "ERROR /processes/0/chairs/0/period");
  }

  @Test
  void aStartBetweenTwoStatedFoundingYearsIsAWarningAndBeforeBothAnError() {
    // The Budapest Process: founded 1993 (IOM) or 1991 (IOM's 2015 table). A membership from 1992
    // is early in one reading only; Hungary's chair from 1990 in both; one from 1993 in neither.
    ConsultativeProcess.Builder budapest = process().established(d("1993"))
        .addStatements(Statement.builder().property(StatedProperty.ESTABLISHED).date(d("1991")).addSources("s2").build())
        .addParticipations(participation("TUR", Role.MEMBER, "1992/..", "s1"))
        .addChairs(term("HUN", "1990/2006", "s1"), term("HUN", "1993/2006", "s1"));
    expect(with(budapest), DATE_BEFORE_ESTABLISHMENT, "WARNING /processes/0/participations/2/period",
        "ERROR /processes/0/chairs/0/period");
  }

  @Test
  void aMeetingInTheMonthOfTheAsOfDateMayBeAfterItAndOneOfNextYearSurelyIs() {
    // The seed press release of 2025-04-24 reports the third ministerial conference "this week".
    Document doc = document().asOf(d("2025-04-24")).addProcesses(process()
        .addMeetings(meeting("baku-2025", "2025-04"), meeting("next", "2026-03"), meeting("earlier", "2025-04-22"))
        .build()).build();
    expect(doc, DATE_AFTER_ASOF, "INFO /processes/0/meetings/0/period", "WARNING /processes/0/meetings/1/period");
  }

  @Test
  void anOrganizationAsMemberIsAnErrorOnlyWhereOrganizationsAreNotAdmitted() {
    // The Bali Process has four member organizations (IOM, UNHCR, UNODC, ILO); the Almaty Process admits States.
    Participation iom = Participation.builder().participant(Participant.organization("iom")).role(Role.MEMBER)
        .addSources("s1").build();
    ConsultativeProcess.Builder almaty = process().membershipRule(MembershipRule.builder().organizationsAdmitted(false)
        .build()).addParticipations(iom);
    expect(with(almaty), ROLE_ORGANIZATION_MEMBER, "ERROR /processes/0/participations/2/participant");
    ConsultativeProcess.Builder bali = process().membershipRule(MembershipRule.builder().organizationsAdmitted(true)
        .build()).addParticipations(iom);
    expect(with(bali), ROLE_ORGANIZATION_MEMBER);
  }

  @Test
  void aTwoYearTermOfFortyOneMonthsIsTooLongButOctoberToSeptemberIsNot() {
    // The Almaty Process's two-year term: Kazakhstan 2013-06 to 2016-11 (UNHCR) is surely longer than
    // 25 months; Kyrgyzstan 2016-10 to 2018-09 (IOM) may be 24 months.
    ConsultativeProcess.Builder process = process().chairingRule(ChairingRule.builder().termMonths(24).build())
        .addChairs(term("KAZ", "2013-06/2016-11", "s2"), term("KGZ", "2016-10/2018-09", "s1"));
    expect(with(process), CHAIR_TERM_LENGTH, "WARNING /processes/0/chairs/0/period");
  }

  @Test
  void underTheAnnualHostsPresidencyAConferenceHostedByAnotherStateInTheTermIsReported() {
    // The South American Conference: the President Pro-Tempore is the year's host. A conference
    // that may fall outside the term (2000/2001) says nothing.
    ConsultativeProcess.Builder sacm = process().addParticipations(member("ARG", "2013/.."), member("BOL", "2013/.."))
        .chairingRule(ChairingRule.builder().selection(ChairSelection.ANNUAL_HOST).build())
        .addChairs(term("ARG", "2014", "s1"), term("BOL", "2015", "s1"))
        .addMeetings(Meeting.builder().id("c1").level(MeetingLevel.MINISTERIAL_CONFERENCE).host("ARG").period(p("2014-09"))
            .build(), Meeting.builder().id("c2").level(MeetingLevel.MINISTERIAL_CONFERENCE).host("ARG")
                .period(p("2015-11-05")).build(), Meeting.builder().id("c3").level(MeetingLevel.MINISTERIAL_CONFERENCE)
                .host("KGZ").period(p("2014/2015")).build());
    expect(with(sacm), CHAIR_NOT_HOST, "WARNING /processes/0/chairs/1");
  }

  @Test
  void aHigherOrdinalThatSurelyPrecedesALowerOneAndARepeatedOrdinalAreErrors() {
    // The Almaty Process's first ministerial conference (2013-06-05) and third (2025-04); a "second"
    // recorded in 2026 is out of order, and a second "first" repeats the ordinal.
    ConsultativeProcess.Builder process = process().addMeetings(
        Meeting.builder().from(meeting("first", "2013-06-05")).ordinal(1).build(),
        Meeting.builder().from(meeting("second", "2026")).ordinal(2).build(),
        Meeting.builder().from(meeting("third", "2025-04")).ordinal(3).build(),
        Meeting.builder().from(meeting("again", "2014")).ordinal(1).build());
    expect(with(process), MEETING_ORDINAL_ORDER, "ERROR /processes/0/meetings/2/ordinal",
        "ERROR /processes/0/meetings/3/ordinal");
  }

  @Test
  void aMeetingOfTheVeryPeriodOfTheLatestLowerOneIsStillComparedWithTheOthers() {
    // Found reading the engine's sweep beside this reference: the lower-ordinal meeting that may start
    // latest (2014) has the very period of the meeting compared and cannot be ordered against it,
    // but "about December 2013" may start in January 2014, after a 2014 meeting may have ended.
    ConsultativeProcess.Builder process = process().addMeetings(
        Meeting.builder().from(meeting("about-december", "2013-12~/..")).ordinal(1).build(),
        Meeting.builder().from(meeting("second", "2014")).ordinal(2).build(),
        Meeting.builder().from(meeting("first", "2014")).ordinal(1).build());
    expect(with(process), MEETING_ORDINAL_ORDER, "ERROR /processes/0/meetings/2/ordinal",
        "WARNING /processes/0/meetings/1/ordinal");
  }

  @Test
  void aMeetingThatHandsOverToTheLatestLowerOneMayStillPrecedeAnother() {
    // Found by ReferenceOracleTest: "precedes" is no at a hand-over (ending in 2016, the first
    // starting in 2016), yet the third may have ended on 2016-01-01, before the second's 2016-01.
    ConsultativeProcess.Builder process = process().addMeetings(
        Meeting.builder().from(meeting("second", "2016-01")).ordinal(2).build(),
        Meeting.builder().from(meeting("third", "2013-01-28~/2016")).ordinal(3).build(),
        Meeting.builder().from(meeting("first", "2016")).ordinal(1).build());
    // (The second, of 2016-01, may precede the first too: 2016 may be December.)
    expect(with(process), MEETING_ORDINAL_ORDER, "WARNING /processes/0/meetings/0/ordinal",
        "WARNING /processes/0/meetings/1/ordinal");
  }

  @Test
  void aDeclarationAfterItsConferenceIsAnErrorAndOneInTheMonthOfAnUndatedConferenceIsAnInfo() {
    // The Almaty Declaration: the Regional Conference of 14-16 March 2011; the Baku Declaration at the
    // conference of April 2025 (days never recorded) on 2025-04-24.
    ConsultativeProcess.Builder process = process().addMeetings(meeting("almaty-2011", "2011-03-14/2011-03-16"),
        meeting("baku-2025", "2025-04"))
        .addDeclarations(Declaration.builder().id("almaty").title("Almaty Declaration").adopted(d("2011-03-16"))
            .meeting("almaty-2011").build(), Declaration.builder().id("late").title("Late").adopted(d("2011-03-20"))
            .meeting("almaty-2011").build(), Declaration.builder().id("baku").title("Baku Declaration")
            .adopted(d("2025-04-24")).meeting("baku-2025").build());
    expect(with(process), DECLARATION_OUTSIDE_MEETING, "ERROR /processes/0/declarations/1/adopted",
        "INFO /processes/0/declarations/2/adopted");
  }

  @Test
  void aDeclarationCitingTheCompactBeforeItWasAdoptedIsAnachronistic() {
    // The other "Baku Declaration" (1 December 2017) cannot cite the GCM of 2018-12; one of 2018 may;
    // one of 2018-12-19 refines the GCM's month.
    ConsultativeProcess.Builder process = process().addDeclarations(
        Declaration.builder().id("baku-2017").title("Baku").adopted(d("2017-12-01")).addFrameworks("gcm").build(),
        Declaration.builder().id("y2018").title("2018").adopted(d("2018")).addFrameworks("gcm").build(),
        Declaration.builder().id("d2018").title("Day").adopted(d("2018-12-19")).addFrameworks("gcm").build());
    expect(with(process), DECLARATION_ANACHRONISM, "ERROR /processes/0/declarations/0/frameworks/0",
        "WARNING /processes/0/declarations/1/frameworks/0");
  }

  @Test
  void aNegativeFigureIsAnError() {
    expect(with(process().addFigures(figure(-45, FigureScope.MEMBERS, "2024", "s1"))), FIGURE_NEGATIVE,
        "ERROR /processes/0/figures/0/value");
  }

  @Test
  void moreMemberStatesThanMembersAndObserversIsInconsistentAndWithoutDatesOnlyPossibly() {
    // The Bali Process: 45 member States; members and observers together cannot be 40 at the same date.
    ConsultativeProcess.Builder dated = process().addFigures(figure(45, FigureScope.MEMBERS, "2024", "s1"),
        figure(40, FigureScope.MEMBERS_AND_OBSERVERS, "2024", "s1"));
    expect(with(dated), FIGURE_SCOPE_INCONSISTENT, "WARNING /processes/0/figures/0/value");
    ConsultativeProcess.Builder undated = process().addFigures(figure(45, FigureScope.MEMBERS, null, "s1"),
        figure(40, FigureScope.MEMBERS_AND_OBSERVERS, null, "s1"));
    expect(with(undated), FIGURE_SCOPE_INCONSISTENT, "INFO /processes/0/figures/0/value");
  }

  @Test
  void aFigureWithoutSourceOrReferenceDateIsAnInfo() {
    // IOM counted "sixteen" RCPs in 2014: a figure that says neither where nor when is advice.
    expect(with(process().addFigures(figure(16, FigureScope.SUBJECT, "2014"), figure(18, FigureScope.SUBJECT, null, "s1"),
        figure(18, FigureScope.SUBJECT, "2017", "s1"))), FIGURE_UNSOURCED, "INFO /processes/0/figures/0",
        "INFO /processes/0/figures/1");
  }

  @Test
  void twoValuesOfOneFigureAtOneDateAreOneConflict() {
    // The seed press release gives IOM both 175 and 173 member States.
    expect(with(process().addFigures(figure(175, FigureScope.MEMBERS, "2025-04", "s1"),
        figure(173, FigureScope.MEMBERS, "2025-04", "s1"), figure(174, FigureScope.MEMBERS, "2025-04", "s2"))),
        FACT_CONFLICT, "WARNING /processes/0/figures/1");
  }

  @Test
  void twoFoundingYearsAreOneConflictOfTheStatement() {
    // The Budapest Process: 1993 (IOM's page) and 1991 (IOM's 2015 table).
    ConsultativeProcess.Builder budapest = process().addStatements(
        Statement.builder().property(StatedProperty.ESTABLISHED).date(d("1993")).addSources("s1").build(),
        Statement.builder().property(StatedProperty.ESTABLISHED).date(d("1991")).addSources("s2").build());
    expect(with(budapest), FACT_CONFLICT, "WARNING /processes/0/statements/1");
  }

  @Test
  void aChairTermEndingInAnotherMonthPerANewerVersionOfTheSamePageIsOutdatedAnInfo() {
    // Kyrgyzstan's term ends 2018-10 on IOM's older page and 2018-09 on its newer one, and 2018-11 per UNHCR.
    Document doc = document().addSources(Source.builder().id("s3").title("IOM, newer page").supersedes("s1").build())
        .addProcesses(process().addChairs(term("KGZ", "2016-10/2018-10", "s1"), term("KGZ", "2016-10/2018-09", "s3"),
            term("KGZ", "2016-11/2018-11", "s2")).build()).build();
    expect(doc, FACT_CONFLICT, "INFO /processes/0/chairs/1", "WARNING /processes/0/chairs/2");
  }

  @Test
  void anUndatedTermAgreesWithTheSameChairsTermStillRunningButNotWithOneOfAnotherStart() {
    // The Budapest Process: Türkiye chairs 2006-01/.. per the governance page; the overview names it
    // without dates. An end no source gives may be an open one, so the two agree (principle 2).
    expect(with(process().addChairs(term("TUR", "2006-01/..", "s1"), term("TUR", "/", "s2"))), FACT_CONFLICT);
    expect(with(process().addChairs(term("TUR", "2006-01/..", "s1"), term("TUR", "2008/", "s2"))), FACT_CONFLICT,
        "WARNING /processes/0/chairs/1");
  }

  @Test
  void aRestatementIsFoundEvenWhenATermReachingFurtherSharesItsSource() {
    // Found by ReferenceOracleTest: the engine compared each term only with the earlier term that
    // reaches furthest, here an unsourced record, and lost the disagreement with IOM's term.
    ConsultativeProcess.Builder process = process().addChairs(term("KAZ", "2013/2016-06", "s1"),
        term("KAZ", "2013-06/2016-11"), term("KAZ", "2014/2016-08", "s2"));
    expect(with(process), FACT_CONFLICT, "WARNING /processes/0/chairs/2");
  }

  @Test
  void aSecretariatAccountSurelyDisagreeingIsAWarningEvenBesideAnUndatedOne() {
    // IOM's page: IOM performs the support unit's functions; UNHCR's: "Secretariat represented by IOM
    // and UNHCR". An account known only as of 2013-12 (unknown end) reaches furthest, yet only
    // possibly meets the support unit; the dated secretariat surely does: a WARNING, not an INFO.
    Document doc = document().addSources(Source.builder().id("s3").title("Archive").build()).addProcesses(process()
        .addSecretariats(
            Secretariat.builder().role(Role.SECRETARIAT).addPerformers(Participant.organization("iom"))
                .asOf(d("2013-12")).addSources("s3").build(),
            Secretariat.builder().role(Role.SECRETARIAT).addPerformers(Participant.organization("iom"))
                .period(p("2013/2016")).addSources("s2").build(),
            Secretariat.builder().role(Role.SUPPORT_UNIT).addPerformers(Participant.organization("iom"))
                .period(p("2014/2015")).addSources("s1").build()).build()).build();
    expect(doc, FACT_CONFLICT, "WARNING /processes/0/secretariats/2");
  }

  @Test
  void termsOfDifferentOrdinalsAreNeverPossiblyAtOnceButSurelyOverlappingDatesStillAre() {
    // The Colombo Process numbers its chairs: the first with an unknown end may still not overlap the second.
    Chairmanship first = Chairmanship.builder().from(term("LKA", "2014/", "s1")).ordinal(1).build();
    Chairmanship second = Chairmanship.builder().from(term("PHL", "2015/2017", "s1")).ordinal(2).build();
    assertOverlaps(with(process().addChairs(first, second)));
    assertOverlaps(with(process().addChairs(term("LKA", "2014/", "s1"), term("PHL", "2015/2017", "s1"))),
        "INFO /processes/0/chairs/1");
    assertOverlaps(with(process().addChairs(Chairmanship.builder().from(first).period(p("2014/2016")).build(), second)),
        "ERROR /processes/0/chairs/1");
  }

  private static void assertOverlaps(Document doc, String... findings) {
    List<String> expected = new ArrayList<>();
    for (String f : findings) {
      expected.add(CHAIR_OVERLAP + " " + f);
    }
    assertThat(ChairOracleTest.engine(doc).stream().filter(f -> f.startsWith(CHAIR_OVERLAP)).toList()).as("engine")
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(ChairOracleTest.reference(doc).stream().filter(f -> f.startsWith(CHAIR_OVERLAP)).toList())
        .as("reference").containsExactlyInAnyOrderElementsOf(expected);
  }
}
