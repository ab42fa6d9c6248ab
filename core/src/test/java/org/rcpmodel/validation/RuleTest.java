package org.rcpmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rcpmodel.validation.Docs.*;
import static org.rcpmodel.validation.RuleCatalogue.*;
import static org.rcpmodel.validation.Severity.*;
import static org.rcpmodel.validation.ValidationReportAssert.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.rcpmodel.Approximation;
import org.rcpmodel.ChairStatus;
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
import org.rcpmodel.Role;
import org.rcpmodel.Source;
import org.rcpmodel.time.InvalidDateException;
import org.rcpmodel.time.PartialDate;

/** For every code of the catalogue: a document that violates it, one that does not, and the "maybe" of date rules. */
class RuleTest {

  private static Chairmanship chair(String code, String period, String... sources) {
    return Chairmanship.builder().addChairs(Participant.state(code)).period(p(period)).addSources(sources).build();
  }

  private static Meeting meeting(String id, Integer ordinal, String host, String period) {
    Meeting.Builder b = Meeting.builder().id(id).level(MeetingLevel.MINISTERIAL_CONFERENCE).period(p(period));
    if (ordinal != null) {
      b.ordinal(ordinal);
    }
    if (host != null) {
      b.host(host);
    }
    return b.build();
  }

  private static Declaration declaration(String adopted, String meeting, String... adopters) {
    Declaration.Builder b = Declaration.builder().id("decl").title("Declaration").adopted(d(adopted));
    if (meeting != null) {
      b.meeting(meeting);
    }
    for (String a : adopters) {
      b.addAdopters(Participant.state(a));
    }
    return b.build();
  }

  private static Declaration citingGcm(Declaration declaration) {
    return Declaration.builder().from(declaration).addFrameworks("gcm").build();
  }

  private static MigrationFigure figure(String value, FigureScope scope, String date, String... sources) {
    MigrationFigure.Builder b = MigrationFigure.builder().metric("migrants").value(new BigDecimal(value))
        .approximation(Approximation.EXACT).scope(scope).addSources(sources);
    if (date != null) {
      b.referenceDate(d(date));
    }
    return b.build();
  }

  @Test
  void theMinimalDocumentHasNoViolation() {
    assertThat(validate(process())).isEmpty();
  }

  // ---- field constraints ----

  @Test
  void blankRequiredTextIsFieldRequired() {
    Document doc = Docs.document().addSources(Source.builder().id("s3").title(" ").build()).addProcesses(process().build()).build();
    assertThat(validate(doc)).hasSingleViolation(FIELD_REQUIRED, ERROR, "/sources/2/title");
    assertThat(validate(process())).hasNoViolation(FIELD_REQUIRED);
  }

  @Test
  void absentOptionalTextIsNotRequiredButBlankPresentTextIs() {
    assertThat(validate(process().acronym(" "))).hasSingleViolation(FIELD_REQUIRED, ERROR, "/processes/0/acronym");
    assertThat(validate(process().acronym("AP"))).isEmpty();
  }

  @Test
  void idOfWrongFormIsFieldInvalid() {
    Document doc = Docs.document().addSources(Source.builder().id("bad id").title("T").build()).addProcesses(process().build()).build();
    assertThat(validate(doc)).hasSingleViolation(FIELD_INVALID, ERROR, "/sources/2/id");
    assertThat(validate(process().chairingRule(ChairingRule.builder().maxConcurrentChairs(0).build())))
        .hasSingleViolation(FIELD_INVALID, ERROR, "/processes/0/chairingRule/maxConcurrentChairs");
    assertThat(validate(process().addParticipations(member("kaz", "2014/..")))).hasViolation(FIELD_INVALID,
            ERROR, "/processes/0/participations/2/participant/state");
  }

  // ---- ids and references ----

  @Test
  void twoSourcesWithOneIdAreADuplicate() {
    Document doc = Docs.document().addSources(Source.builder().id("s1").title("Again").build()).build();
    assertThat(validate(doc)).hasSingleViolation(ID_DUPLICATE, ERROR, "/sources/2/id");
  }

  @Test
  void meetingIdsAreUniqueAcrossTheDocument() {
    Document doc = Docs.document()
        .addProcesses(process().addMeetings(meeting("m1", null, null, "2015")).build(),
            process().id("q").addMeetings(meeting("m1", null, null, "2016")).build())
        .build();
    assertThat(validate(doc)).hasSingleViolation(ID_DUPLICATE, ERROR, "/processes/1/meetings/0/id");
    assertThat(validate(process().addMeetings(meeting("m1", null, null, "2015"), meeting("m2", null, null, "2016"))))
        .hasNoViolation(ID_DUPLICATE);
  }

  @Test
  void unknownSourceOrganizationMeetingAndFrameworkAreUnresolved() {
    ValidationReport report = validate(process()
        .addParticipations(Participation.builder().participant(Participant.organization("unhcr")).role(Role.PARTNER)
            .addSources("s9").build())
        .addFrameworks("gcr")
        .addDeclarations(declaration("2015", "m9")));
    assertThat(report)
        .hasViolation(REF_UNRESOLVED, ERROR, "/processes/0/participations/2/participant/organization")
        .hasViolation(REF_UNRESOLVED, ERROR, "/processes/0/participations/2/sources/0")
        .hasViolation(REF_UNRESOLVED, ERROR, "/processes/0/frameworks/0")
        .hasViolation(REF_UNRESOLVED, ERROR, "/processes/0/declarations/0/meeting");
    assertThat(report.withCode(REF_UNRESOLVED)).hasSize(4);
    assertThat(validate(process().addParticipations(Participation.builder().participant(Participant.organization("iom"))
        .role(Role.PARTNER).addSources("s2").build()).addFrameworks("gcm"))).hasNoViolation(REF_UNRESOLVED);
  }

  @Test
  void unknownParentOrganizationIsUnresolved() {
    Document doc = Docs.document().addOrganizations(Organization.builder().id("office").name("Office").parent("nope").build()).build();
    assertThat(validate(doc)).hasSingleViolation(REF_UNRESOLVED, ERROR, "/organizations/1/parent");
  }

  @Test
  void organizationsThatAreTheirOwnAncestorsAreOneCycle() {
    Document doc = Docs.document().addOrganizations(
        Organization.builder().id("a").name("A").parent("b").build(),
        Organization.builder().id("b").name("B").parent("a").build(),
        Organization.builder().id("c").name("C").parent("a").build(),
        Organization.builder().id("self").name("Self").parent("self").build()).build();
    ValidationReport report = validate(doc);
    assertThat(report).hasViolation(REF_CYCLE, ERROR, "/organizations/1/parent")
        .hasViolation(REF_CYCLE, ERROR, "/organizations/4/parent");
    assertThat(report.withCode(REF_CYCLE)).hasSize(2);
    assertThat(validate(Docs.document().addOrganizations(Organization.builder().id("office").name("O").parent("iom").build())
        .build())).isEmpty();
  }

  @Test
  void aTenThousandLongParentChainEndingInALoopIsCheckedWithoutOverflow() {
    Document.Builder b = Docs.document();
    int n = 10_000;
    for (int i = 0; i < n; i++) {
      b.addOrganizations(Organization.builder().id("o" + i).name("O").parent("o" + ((i + 1) % n)).build());
    }
    assertThat(validate(b.build())).hasSingleViolation(REF_CYCLE, ERROR, "/organizations/1/parent");
  }

  @Test
  void aLongLoopIsNamedByItsFirstMembersAndCountedNotSpelledOut() {
    Document.Builder b = Docs.document();
    int n = 1_000;
    for (int i = 0; i < n; i++) {
      b.addOrganizations(Organization.builder().id("o" + i).name("O").parent("o" + ((i + 1) % n)).build());
    }

    String message = validate(b.build()).withCode(REF_CYCLE).get(0).message();

    assertThat(message).contains("o0 → o1 → o2 → o3 → o4 → o5 → … [1000] → o0").hasSizeLessThan(200);
  }

  @Test
  void aShortLoopIsSpelledOutWhole() {
    Document doc = Docs.document().addOrganizations(
        Organization.builder().id("a").name("A").parent("b").build(),
        Organization.builder().id("b").name("B").parent("c").build(),
        Organization.builder().id("c").name("C").parent("a").build()).build();

    assertThat(validate(doc).withCode(REF_CYCLE).get(0).message()).endsWith("a → b → c → a");
  }

  @Test
  void unassignedStateCodeIsUnknown() {
    assertThat(validate(process().addParticipations(member("XKX", "2014/.."))))
        .hasSingleViolation(STATE_UNKNOWN_CODE, ERROR, "/processes/0/participations/2/participant/state");
    assertThat(validate(process().addMeetings(meeting("m", null, "QQQ", "2014"))))
        .hasSingleViolation(STATE_UNKNOWN_CODE, ERROR, "/processes/0/meetings/0/host");
    assertThat(validate(process().addParticipations(member("UZB", "2014/..")))).hasNoViolation(STATE_UNKNOWN_CODE);
  }

  @Test
  void invalidDatesCannotBeBuiltSoDateInvalidIsLeftToReaders() {
    assertThatThrownBy(() -> PartialDate.parse("2023-02-30")).isInstanceOf(InvalidDateException.class);
    assertThat(RuleCatalogue.find(DATE_INVALID)).get().extracting(Rule::severity).isEqualTo(ERROR);
    assertThat(validate(process())).hasNoViolation(DATE_INVALID);
  }

  @Test
  void periodEndingBeforeItStartsIsReversed() {
    assertThat(validate(process().addChairs(chair("KAZ", "2016/2014"))))
        .hasSingleViolation(PERIOD_REVERSED, ERROR, "/processes/0/chairs/0/period");
    assertThat(validate(process().addChairs(chair("KAZ", "2016-03/2016")))).hasNoViolation(PERIOD_REVERSED);
  }

  // ---- dates against establishment and as-of ----

  @Test
  void participationStartingBeforeEstablishmentIsAnErrorWhenSure() {
    assertThat(validate(process().addParticipations(member("UZB", "2010/.."))))
        .hasSingleViolation(DATE_BEFORE_ESTABLISHMENT, ERROR, "/processes/0/participations/2/period");
  }

  @Test
  void startOfCoarserUnitThanEstablishmentMayBeBefore() {
    assertThat(validate(process().established(d("2013-06"))))
        .hasViolation(DATE_BEFORE_ESTABLISHMENT, WARNING, "/processes/0/participations/0/period");
  }

  @Test
  void startInsideTheEstablishmentUnitOrLaterIsNotBefore() {
    assertThat(validate(process().addParticipations(member("UZB", "2013-06/..")).addChairs(chair("KAZ", "2014/2015"))))
        .hasNoViolation(DATE_BEFORE_ESTABLISHMENT);
  }

  @Test
  void chairTermBeforeEstablishmentIsAnError() {
    assertThat(validate(process().addParticipations(member("UZB", "../..")).addChairs(chair("UZB", "2011/2012"))))
        .hasViolation(DATE_BEFORE_ESTABLISHMENT, ERROR, "/processes/0/chairs/0/period");
  }

  @Test
  void dateSurelyAfterAsOfIsAWarning() {
    assertThat(validate(process().addMeetings(meeting("m", null, "KAZ", "2026-03"))))
        .hasSingleViolation(DATE_AFTER_ASOF, WARNING, "/processes/0/meetings/0/period");
  }

  @Test
  void coarserDateAroundTheAsOfDateIsAdvice() {
    Document doc = Docs.document().asOf(d("2025-04-24")).addProcesses(process().addMeetings(meeting("m", null, "KAZ", "2025-04")).build()).build();
    assertThat(validate(doc)).hasSingleViolation(DATE_AFTER_ASOF, INFO, "/processes/0/meetings/0/period");
  }

  @Test
  void dateInsideTheAsOfUnitOrBeforeIsNotAfter() {
    Document doc = Docs.document().asOf(d("2025")).addProcesses(process().addMeetings(meeting("m", null, "KAZ", "2025-04"),
        meeting("n", null, "KAZ", "2024")).build()).build();
    assertThat(validate(doc)).hasNoViolation(DATE_AFTER_ASOF);
  }

  @Test
  void incomingChairMayStartAfterAsOf() {
    Chairmanship incoming = Chairmanship.builder().addChairs(Participant.state("KAZ")).period(p("2026/2027"))
        .status(ChairStatus.INCOMING).build();
    assertThat(validate(process().addChairs(incoming))).hasNoViolation(DATE_AFTER_ASOF);
  }

  // ---- roles ----

  @Test
  void memberAndObserverAtOnceFromOneSourceIsARoleConflict() {
    assertThat(validate(process().addParticipations(participation("KAZ", Role.OBSERVER, "2015/2016", "s1"))))
        .hasSingleViolation(ROLE_CONFLICT, ERROR, "/processes/0/participations/2");
  }

  @Test
  void standingRolesThatMayOverlapAreAWarning() {
    assertThat(validate(process().addParticipations(member("UZB", "2014/2015"),
        participation("UZB", Role.OBSERVER, "2015-06/2017", "s1"))))
        .hasSingleViolation(ROLE_CONFLICT, WARNING, "/processes/0/participations/3");
  }

  @Test
  void standingRolesHandedOverInOneUnitDoNotConflict() {
    assertThat(validate(process().addParticipations(participation("UZB", Role.OBSERVER, "2014/2015", "s1"),
        member("UZB", "2015/.."), participation("UZB", Role.INVITED, "2014", "s1"))))
        .hasNoViolation(ROLE_CONFLICT).hasNoViolation(ROLE_DUPLICATE);
  }

  @Test
  void sameRoleTwiceForOverlappingPeriodsIsADuplicate() {
    assertThat(validate(process().addParticipations(member("KAZ", "2014/.."))))
        .hasSingleViolation(ROLE_DUPLICATE, WARNING, "/processes/0/participations/2");
  }

  @Test
  void sameRoleForPeriodsThatMayOverlapIsAdvice() {
    assertThat(validate(process().addParticipations(member("UZB", "2014/2015"), member("UZB", "2015-06/2017"))))
        .hasSingleViolation(ROLE_DUPLICATE, INFO, "/processes/0/participations/3");
  }

  @Test
  void sameRoleForPeriodsHandedOverIsNoDuplicate() {
    assertThat(validate(process().addParticipations(member("UZB", "2014/2015"), member("UZB", "2015/2017"))))
        .hasNoViolation(ROLE_DUPLICATE);
  }

  @Test
  void organizationMemberOfAStatesOnlyProcessIsAnError() {
    Participation iom = Participation.builder().participant(Participant.organization("iom")).role(Role.MEMBER)
        .period(p("2014/..")).build();
    assertThat(validate(process().addParticipations(iom)))
        .hasSingleViolation(ROLE_ORGANIZATION_MEMBER, ERROR, "/processes/0/participations/2/participant");
    assertThat(validate(process().addParticipations(iom).membershipRule(MembershipRule.builder().organizationsAdmitted(true).build())))
        .hasNoViolation(ROLE_ORGANIZATION_MEMBER);
  }

  @Test
  void aProcessThatNamesNoMemberIsAnErrorOnlyWhenItsMemberListIsDeclaredComplete() {
    ConsultativeProcess.Builder none = ConsultativeProcess.builder().id("p").name("P").kind(org.rcpmodel.ProcessKind.RCP)
        .addParticipations(participation("KAZ", Role.OBSERVER, "2014/..", "s1"));
    // Open world (principle 3): naming no member proves nothing.
    assertThat(validate(none)).hasSingleViolation(PROCESS_NO_MEMBERS, INFO, "/processes/0/participations");
    assertThat(validate(none).withCode(PROCESS_NO_MEMBERS).get(0).message())
        .isEqualTo("the document names no member of the process 'p'; it does not declare its member list complete, "
            + "so the absence of a record proves nothing");
    ConsultativeProcess.Builder complete = none.addCompleteLists(org.rcpmodel.CompleteList.builder().role(Role.MEMBER)
        .asOf(d("2025-04-24")).addSources("s1").build());
    assertThat(validate(complete)).hasSingleViolation(PROCESS_NO_MEMBERS, ERROR, "/processes/0/participations");
    assertThat(validate(complete).withCode(PROCESS_NO_MEMBERS).get(0).message()).isEqualTo("the process 'p' has no member");
    assertThat(validate(process())).hasNoViolation(PROCESS_NO_MEMBERS);
  }

  // ---- chairs ----

  @Test
  void aChairWithNoMembershipRecordIsAnErrorOnlyWhenTheMemberListIsCompleteOrAnExclusiveRoleExcludesIt() {
    // Open world: no record of TJK as a member proves nothing by itself.
    assertThat(validate(process().addChairs(chair("TJK", "2014/2015"))))
        .hasSingleViolation(CHAIR_NOT_MEMBER, INFO, "/processes/0/chairs/0/chairs/0");
    // A complete member list dated surely inside the term that names no membership of TJK proves it.
    assertThat(validate(process().addChairs(chair("TJK", "2014-01/2015-12")).addCompleteLists(memberList("2014-06"))))
        .hasSingleViolation(CHAIR_NOT_MEMBER, ERROR, "/processes/0/chairs/0/chairs/0");
    // So does a positive record: TJK is an observer all through the term (observer excludes member).
    assertThat(validate(process().addParticipations(participation("TJK", Role.OBSERVER, "2013/..", "s1"))
        .addChairs(chair("TJK", "2014/2015"))))
        .hasSingleViolation(CHAIR_NOT_MEMBER, ERROR, "/processes/0/chairs/0/chairs/0");
    // A record of another role proves nothing about membership.
    assertThat(validate(process().addParticipations(participation("TJK", Role.INVITED, "2013/..", "s1"))
        .addChairs(chair("TJK", "2014/2015"))))
        .hasSingleViolation(CHAIR_NOT_MEMBER, INFO, "/processes/0/chairs/0/chairs/0");
  }

  @Test
  void aChairWhoseMembershipEndedBeforeTheTermIsAWarningInAnOpenWorld() {
    // Its own records exclude the term, but a later re-joining may be unrecorded.
    assertThat(validate(process().addParticipations(member("TJK", "2010/2012")).addChairs(chair("TJK", "2015"))))
        .hasSingleViolation(CHAIR_NOT_MEMBER, WARNING, "/processes/0/chairs/0/chairs/0");
    assertThat(validate(process().addParticipations(member("TJK", "2010/2012")).addChairs(chair("TJK", "2015-01/2015-12"))
        .addCompleteLists(memberList("2015-03-01"))))
        .hasSingleViolation(CHAIR_NOT_MEMBER, ERROR, "/processes/0/chairs/0/chairs/0");
    // A term of 2015 may start after 1 March 2015: the list then proves nothing about the term.
    assertThat(validate(process().addParticipations(member("TJK", "2010/2012")).addChairs(chair("TJK", "2015"))
        .addCompleteLists(memberList("2015-03-01"))))
        .hasSingleViolation(CHAIR_NOT_MEMBER, WARNING, "/processes/0/chairs/0/chairs/0");
  }

  private static org.rcpmodel.CompleteList memberList(String asOf) {
    return org.rcpmodel.CompleteList.builder().role(Role.MEMBER).asOf(d(asOf)).addSources("s1").build();
  }

  @Test
  void chairWhoseTermMayStartBeforeMembershipIsAWarning() {
    assertThat(validate(process().addParticipations(member("UZB", "2014-06/..")).addChairs(chair("UZB", "2014/2015"))))
        .hasSingleViolation(CHAIR_NOT_MEMBER, WARNING, "/processes/0/chairs/0/chairs/0");
  }

  @Test
  void chairWhoseMembershipHasNoRecordedDatesMayNotBeAMemberOnlyAsAnInfo() {
    // Principle 4: an undated membership, or one known only as of a date, may not hold the term only
    // because no source gives its dates.
    assertThat(validate(process().addParticipations(Participation.builder().participant(Participant.state("UZB"))
        .role(Role.MEMBER).addSources("s1").build())
        .addChairs(chair("UZB", "2014/2015"))))
        .hasSingleViolation(CHAIR_NOT_MEMBER, INFO, "/processes/0/chairs/0/chairs/0");
    assertThat(validate(process().addParticipations(Participation.builder().participant(Participant.state("UZB"))
        .role(Role.MEMBER).asOf(d("2025-01")).addSources("s1").build()).addChairs(chair("UZB", "2014/2015"))))
        .hasSingleViolation(CHAIR_NOT_MEMBER, INFO, "/processes/0/chairs/0/chairs/0");
  }

  @Test
  void anOpenEndedTermIsSurelyNotCoveredByAMembershipWhoseEndIsUnknown() {
    // An unknown end is some day; an open end runs on for ever, beyond every day (DOMAIN: an unknown
    // end is not an open end). The validator answered MAYBE here while Period.contains answers NO.
    // Surely not by its records; a WARNING, not an ERROR, since no complete list closes the term.
    assertThat(validate(process().addParticipations(member("UZB", "2013/")).addChairs(chair("UZB", "2015/.."))))
        .hasSingleViolation(CHAIR_NOT_MEMBER, WARNING, "/processes/0/chairs/0/chairs/0");
    assertThat(p("2013/").contains(p("2015/.."))).isEqualTo(org.rcpmodel.time.Answer.NO);
  }

  @Test
  void chairCoveredByMembershipOrAChainOfMembershipsIsFine() {
    assertThat(validate(process().addParticipations(member("UZB", "2013-06/2016"), member("UZB", "2016/.."))
        .addChairs(chair("KAZ", "2013-06/2015"), chair("UZB", "2015/2017"))))
        .hasNoViolation(CHAIR_NOT_MEMBER);
  }

  @Test
  void overlappingChairTermsAreAnError() {
    assertThat(validate(process().addChairs(chair("KAZ", "2014/2016"), chair("KGZ", "2015/2017"))))
        .hasSingleViolation(CHAIR_OVERLAP, ERROR, "/processes/0/chairs/1");
  }

  @Test
  void chairTermsThatMayOverlapByTheirRecordedDatesAreAWarning() {
    // A term of 2016 and one of March to May 2016: the recorded dates allow both to run in April
    // (in both orders at once no hand-over is read, as in Span).
    assertThat(validate(process().addChairs(chair("KAZ", "2016"), chair("KGZ", "2016-03/2016-05"))))
        .hasSingleViolation(CHAIR_OVERLAP, WARNING, "/processes/0/chairs/1");
  }

  @Test
  void aHandOverTheRecordedPrecisionAllowsIsNoOverlap() {
    // DOMAIN principle 4: 2014/2016 then 2016-06/2018 (once reported as a possible overlap), and
    // 2013-06/2016 then 2016-10/2018: the first may end the day the second starts.
    assertThat(validate(process().addChairs(chair("KAZ", "2014/2016"), chair("KGZ", "2016-06/2018"))))
        .hasNoViolation(CHAIR_OVERLAP);
    assertThat(validate(process().addChairs(chair("KAZ", "2013-06/2016"), chair("KGZ", "2016-10/2018"))))
        .hasNoViolation(CHAIR_OVERLAP);
    assertThat(validate(process().addChairs(chair("KAZ", "2013-06/2016-10-15"), chair("KGZ", "2016-10/2018"))))
        .hasNoViolation(CHAIR_OVERLAP);
  }

  @Test
  void chairTermsThatMayOverlapOnlyBecauseAnEndWasNeverRecordedAreAnInfo() {
    assertThat(validate(process().addChairs(chair("KAZ", "2014/"), chair("KGZ", "2016-06/2018"))))
        .hasSingleViolation(CHAIR_OVERLAP, INFO, "/processes/0/chairs/1");
  }

  @Test
  void aChairTermTwoSourcesDisputeMakesAnOverlapThatOnlyOneVersionGivesAWarning() {
    // The Almaty merge: IOM gives Kyrgyzstan's term from 2016-10, UNHCR from 2016-11 (one
    // fact.conflict); Kazakhstan's agreed term ends 2016-11. In UNHCR's reading Kazakhstan hands
    // over in November: no overlap; in IOM's, October and November overlap. Not an ERROR.
    ValidationReport report = validate(process().addChairs(chair("KAZ", "2013-06/2016-11", "s1", "s2"),
        chair("KGZ", "2016-10/2018-09", "s1"), chair("KGZ", "2016-11/2018-11", "s2")));
    assertThat(report).hasSingleViolation(FACT_CONFLICT, WARNING, "/processes/0/chairs/2")
        .hasSingleViolation(CHAIR_OVERLAP, WARNING, "/processes/0/chairs/1");
    // Both versions overlap a third term surely: that stays an ERROR.
    assertThat(validate(process().addChairs(chair("KAZ", "2013-06/2017-11", "s1", "s2"),
        chair("KGZ", "2016-10/2018-09", "s1"), chair("KGZ", "2016-11/2018-11", "s2"))))
        .hasSingleViolation(CHAIR_OVERLAP, ERROR, "/processes/0/chairs/1");
  }

  @Test
  void aGapThatOnlyOneSourcesVersionLeavesIsNoErrorButPossible() {
    // s1 ends Kazakhstan's term in 2016-08, s2 in 2016-10; Kyrgyzstan starts in 2016-10: a gap in
    // s1's reading only, so possible (INFO, one step below chair.gap's WARNING).
    ValidationReport report = validate(process().addChairs(chair("KAZ", "2014/2016-08", "s1"),
        chair("KAZ", "2014/2016-10", "s2"), chair("KGZ", "2016-10/2018", "s1", "s2")));
    assertThat(report).hasSingleViolation(FACT_CONFLICT, WARNING, "/processes/0/chairs/1")
        .hasSingleViolation(CHAIR_GAP, INFO, "/processes/0/chairs/2");
  }

  @Test
  void chairTermsThatOnlyTouchAreNotAnOverlap() {
    assertThat(validate(process().addChairs(chair("KAZ", "2014/2016"), chair("KGZ", "2016/2018-11"),
        chair("KAZ", "2018-11/2020-11"), chair("KGZ", "2020-11/2022")))).hasNoViolation(CHAIR_OVERLAP).hasNoViolation(CHAIR_GAP);
  }

  @Test
  void coChairsWithinTheAllowedNumberAndTheStandingCoChairAreNoOverlap() {
    ConsultativeProcess.Builder two = process().chairingRule(ChairingRule.builder().maxConcurrentChairs(2).build())
        .addChairs(chair("KAZ", "2014/2016"), chair("KGZ", "2015/2017"));
    assertThat(validate(two)).hasNoViolation(CHAIR_OVERLAP);
    Chairmanship withCoChair = Chairmanship.builder().addChairs(Participant.state("KAZ")).coChair(Participant.state("KGZ"))
        .period(p("2014/2016")).build();
    assertThat(validate(process().addChairs(withCoChair))).hasNoViolation(CHAIR_OVERLAP);
    assertThat(validate(process().addChairs(chair("KAZ", "2014/2016"), chair("KGZ", "2015/2017"), chair("KAZ", "2015-12-31/2016-01-01"))
        .chairingRule(ChairingRule.builder().maxConcurrentChairs(2).build())))
        .hasSingleViolation(CHAIR_OVERLAP, ERROR, "/processes/0/chairs/2");
  }

  @Test
  void timeWithoutChairIsAGap() {
    assertThat(validate(process().addChairs(chair("KAZ", "2014/2015"), chair("KGZ", "2017/2018"))))
        .hasSingleViolation(CHAIR_GAP, WARNING, "/processes/0/chairs/1");
  }

  @Test
  void termStartingInsideTheUnitThePreviousEndsInMayLeaveAGap() {
    assertThat(validate(process().addChairs(chair("KAZ", "2014/2015"), chair("KGZ", "2015-09/2017"))))
        .hasSingleViolation(CHAIR_GAP, INFO, "/processes/0/chairs/1");
  }

  @Test
  void termsInAdjacentUnitsAreConsecutiveNotAGap() {
    assertThat(validate(process().addChairs(chair("KAZ", "2014/2015"), chair("KGZ", "2016/2017"),
        chair("KAZ", "2018-01/2019-05"), chair("KGZ", "2019-06/2021")))).hasNoViolation(CHAIR_GAP);
  }

  @Test
  void termLongerThanDeclaredIsAWarning() {
    ConsultativeProcess.Builder b = process().chairingRule(ChairingRule.builder().termMonths(24).build());
    assertThat(validate(b.addChairs(chair("KAZ", "2014-01/2017-12"))))
        .hasSingleViolation(CHAIR_TERM_LENGTH, WARNING, "/processes/0/chairs/0/period");
  }

  @Test
  void reversedTermIsReportedAsReversedNotAsTooLong() {
    ConsultativeProcess.Builder b = process().chairingRule(ChairingRule.builder().termMonths(24).build());
    assertThat(validate(b.addChairs(chair("KAZ", "2014/2013")))).hasNoViolation(CHAIR_TERM_LENGTH)
        .hasViolation(PERIOD_REVERSED, "/processes/0/chairs/0/period");
  }

  @Test
  void termLengthMessageSaysWhetherLongerOrShorter() {
    ConsultativeProcess.Builder b = process().chairingRule(ChairingRule.builder().termMonths(24).build());
    assertThat(validate(b.addChairs(chair("KAZ", "2014-01/2017-12"), chair("KGZ", "2018-01/2018-06")))
        .withCode(CHAIR_TERM_LENGTH)).extracting(Violation::message)
        .containsExactly("the term 2014-01/2017-12 is longer than the declared 24 months (give or take a month)",
            "the term 2018-01/2018-06 is shorter than the declared 24 months (give or take a month)");
  }

  @Test
  void termShorterThanDeclaredIsAWarning() {
    ConsultativeProcess.Builder b = process().chairingRule(ChairingRule.builder().termMonths(24).build());
    assertThat(validate(b.addChairs(chair("KAZ", "2014-01/2014-06"))))
        .hasSingleViolation(CHAIR_TERM_LENGTH, WARNING, "/processes/0/chairs/0/period");
  }

  @Test
  void termThatMayHaveTheDeclaredLengthOrHasItIsFine() {
    ConsultativeProcess.Builder b = process().chairingRule(ChairingRule.builder().termMonths(24).build());
    assertThat(validate(b.addChairs(chair("KAZ", "2014/2016"), chair("KGZ", "2016/2018"),
        chair("KAZ", "2018-01/2019-12"), chair("KGZ", "2020-01/2022-01")))).hasNoViolation(CHAIR_TERM_LENGTH);
  }

  @Test
  void openCurrentTermIsJudgedOnlyWhenSurelyLongerByTheAsOfDate() {
    ConsultativeProcess.Builder b = process().chairingRule(ChairingRule.builder().termMonths(24).build());
    assertThat(validate(b.addChairs(chair("KAZ", "2020-01/.."))))
        .hasSingleViolation(CHAIR_TERM_LENGTH, WARNING, "/processes/0/chairs/0/period");
    assertThat(validate(process().chairingRule(ChairingRule.builder().termMonths(24).build())
        .addChairs(chair("KAZ", "2024-01/..")))).hasNoViolation(CHAIR_TERM_LENGTH);
  }

  // ---- meetings ----

  @Test
  void ordinalsAgainstTheirDatesAreAnError() {
    assertThat(validate(process().addMeetings(meeting("m1", 1, "KAZ", "2015-05"), meeting("m2", 2, "KAZ", "2014-03"))))
        .hasSingleViolation(MEETING_ORDINAL_ORDER, ERROR, "/processes/0/meetings/1/ordinal");
  }

  @Test
  void aMeetingThatSurelyPrecedesAnyLowerOrdinalIsAnErrorWhateverLiesBetween() {
    ValidationReport report = validate(process().addMeetings(meeting("m1", 1, "KAZ", "2013-06-05"),
        meeting("m2", 2, "KAZ", "2013"), meeting("m3", 3, "KAZ", "2013-03")));
    assertThat(report).hasViolation(MEETING_ORDINAL_ORDER, ERROR, "/processes/0/meetings/2/ordinal")
        .hasViolation(MEETING_ORDINAL_ORDER, WARNING, "/processes/0/meetings/1/ordinal");
    assertThat(report.withCode(MEETING_ORDINAL_ORDER)).hasSize(2);
  }

  @Test
  void repeatedOrdinalIsAnError() {
    assertThat(validate(process().addMeetings(meeting("m1", 1, "KAZ", "2015"), meeting("m2", 1, "KAZ", "2016"))))
        .hasSingleViolation(MEETING_ORDINAL_ORDER, ERROR, "/processes/0/meetings/1/ordinal");
  }

  @Test
  void ordinalsThatMayNotFollowTheDatesAreAWarning() {
    assertThat(validate(process().addMeetings(meeting("m1", 1, "KAZ", "2015-05-10"), meeting("m2", 2, "KAZ", "2015-05"))))
        .hasSingleViolation(MEETING_ORDINAL_ORDER, WARNING, "/processes/0/meetings/1/ordinal");
  }

  @Test
  void ordinalsInDateOrderAreFine() {
    assertThat(validate(process().addMeetings(meeting("m2", 2, "KAZ", "2016"), meeting("m1", 1, "KAZ", "2014"),
        Meeting.builder().from(meeting("s1", 1, "KAZ", "2016")).level(MeetingLevel.SENIOR_OFFICIALS).build()))).hasNoViolation(MEETING_ORDINAL_ORDER);
  }

  @Test
  void aHostWhoseRecordsEndBeforeTheMeetingIsAWarningAndAHostWithNoRecordIsAdvice() {
    assertThat(validate(process().addParticipations(participation("TJK", Role.OBSERVER, "2013/2014", "s1"))
        .addMeetings(meeting("m", null, "TJK", "2015-05-10"))))
        .hasSingleViolation(MEETING_HOST_NOT_PARTICIPANT, WARNING, "/processes/0/meetings/0/host");
    assertThat(validate(process().addMeetings(meeting("m", null, "TJK", "2015-05-10"))))
        .hasSingleViolation(MEETING_HOST_NOT_PARTICIPANT, INFO, "/processes/0/meetings/0/host");
    assertThat(validate(process().addMeetings(meeting("m", null, "TJK", "2015-05-10"))).withCode(MEETING_HOST_NOT_PARTICIPANT)
        .get(0).message()).isEqualTo("no record of the host TJK taking part in the process on 2015-05-10; the document "
            + "does not declare its lists of participants complete");
    assertThat(validate(completeForEveryRole(process(), "2015-05").addMeetings(meeting("m", null, "TJK", "2015-05-10"))))
        .hasSingleViolation(MEETING_HOST_NOT_PARTICIPANT, WARNING, "/processes/0/meetings/0/host");
  }

  /** Complete lists of every role as of one date: a participant with no record then took no part. */
  private static ConsultativeProcess.Builder completeForEveryRole(ConsultativeProcess.Builder process, String asOf) {
    for (Role role : Role.values()) {
      process.addCompleteLists(org.rcpmodel.CompleteList.builder().role(role).asOf(d(asOf)).addSources("s1").build());
    }
    return process;
  }

  @Test
  void hostThatMayNotYetTakePartIsAdvice() {
    assertThat(validate(process().addParticipations(member("UZB", "2015-06/..")).addMeetings(meeting("m", null, "UZB", "2015"))))
        .hasSingleViolation(MEETING_HOST_NOT_PARTICIPANT, INFO, "/processes/0/meetings/0/host");
  }

  @Test
  void participatingHostAndMeetingsBeforeEstablishmentAreFine() {
    assertThat(validate(process().addMeetings(meeting("m", null, "KAZ", "2015-05-10"), meeting("early", null, "TJK", "2011"))))
        .hasNoViolation(MEETING_HOST_NOT_PARTICIPANT);
  }

  // ---- declarations ----

  @Test
  void declarationAdoptedOutsideItsMeetingIsAnError() {
    assertThat(validate(process().addMeetings(meeting("m", null, "KAZ", "2015-05-10/2015-05-12"))
        .addDeclarations(declaration("2015-06-01", "m"))))
        .hasSingleViolation(DECLARATION_OUTSIDE_MEETING, ERROR, "/processes/0/declarations/0/adopted");
  }

  @Test
  void declarationOfCoarserDateMayLieOutsideItsMeetingOnlyBecauseItsDayWasNeverRecorded() {
    // The Almaty Declaration: adopted in March 2011, at the conference of 14-16 March 2011 (principle 4).
    assertThat(validate(process().addMeetings(meeting("m", null, "KAZ", "2015-05-10/2015-05-12"))
        .addDeclarations(declaration("2015-05", "m"))))
        .hasSingleViolation(DECLARATION_OUTSIDE_MEETING, INFO, "/processes/0/declarations/0/adopted");
  }

  @Test
  void declarationWhoseRecordedApproximateDateMayFallAfterItsMeetingIsAWarning() {
    assertThat(validate(process().addMeetings(meeting("m", null, "KAZ", "2015-05-10/2015-05-12"))
        .addDeclarations(declaration("2015-05-13~", "m"))))
        .hasSingleViolation(DECLARATION_OUTSIDE_MEETING, WARNING, "/processes/0/declarations/0/adopted");
  }

  @Test
  void declarationInsideItsMeetingIsFine() {
    assertThat(validate(process().addMeetings(meeting("m", null, "KAZ", "2015-05-10/2015-05-12"))
        .addDeclarations(declaration("2015-05-11", "m")))).hasNoViolation(DECLARATION_OUTSIDE_MEETING);
  }

  @Test
  void declarationRefiningTheDateOfItsMeetingMayLieOutsideItOnlyBecauseTheDaysWereNeverRecorded() {
    // The meeting's days in 2015-05 are not recorded: 2015-05-20 may lie outside them (as the query
    // answers), which is advice, not a warning.
    assertThat(validate(process().addMeetings(meeting("m", null, "KAZ", "2015-05"))
        .addDeclarations(declaration("2015-05-20", "m"))))
        .hasSingleViolation(DECLARATION_OUTSIDE_MEETING, INFO, "/processes/0/declarations/0/adopted");
  }

  @Test
  void anAdopterWithNoRecordIsAnErrorOnlyWhenEveryRoleIsDeclaredComplete() {
    assertThat(validate(completeForEveryRole(process(), "2015-05").addDeclarations(declaration("2015-05-11", null, "KAZ", "TJK"))))
        .hasSingleViolation(DECLARATION_ADOPTER_NOT_PARTICIPANT, ERROR, "/processes/0/declarations/0/adopters/1");
    // A complete list of one role does not say that TJK held no other.
    assertThat(validate(process().addCompleteLists(memberList("2015-05"))
        .addDeclarations(declaration("2015-05-11", null, "KAZ", "TJK"))))
        .hasSingleViolation(DECLARATION_ADOPTER_NOT_PARTICIPANT, INFO, "/processes/0/declarations/0/adopters/1");
    assertThat(validate(process().addDeclarations(declaration("2015-05-11", null, "KAZ", "TJK"))))
        .hasSingleViolation(DECLARATION_ADOPTER_NOT_PARTICIPANT, INFO, "/processes/0/declarations/0/adopters/1");
    assertThat(validate(process().addParticipations(participation("TJK", Role.OBSERVER, "2013/2014", "s1"))
        .addDeclarations(declaration("2015-05-11", null, "KAZ", "TJK"))))
        .hasSingleViolation(DECLARATION_ADOPTER_NOT_PARTICIPANT, WARNING, "/processes/0/declarations/0/adopters/1");
  }

  @Test
  void adopterThatMayNotYetTakePartIsAWarning() {
    assertThat(validate(process().addParticipations(member("UZB", "2015-06/..")).addDeclarations(declaration("2015", null, "UZB"))))
        .hasSingleViolation(DECLARATION_ADOPTER_NOT_PARTICIPANT, WARNING, "/processes/0/declarations/0/adopters/0");
  }

  @Test
  void participatingAdoptersAndDeclarationsBeforeEstablishmentAreFine() {
    assertThat(validate(process().addDeclarations(declaration("2015", null, "KAZ", "KGZ"))))
        .hasNoViolation(DECLARATION_ADOPTER_NOT_PARTICIPANT);
    assertThat(validate(process().addDeclarations(declaration("2011-03-16", null, "RUS", "IRN"))))
        .hasNoViolation(DECLARATION_ADOPTER_NOT_PARTICIPANT);
  }

  @Test
  void declarationReferringToALaterFrameworkIsAnAnachronism() {
    assertThat(validate(process().addDeclarations(citingGcm(declaration("2015", null)))))
        .hasSingleViolation(DECLARATION_ANACHRONISM, ERROR, "/processes/0/declarations/0/frameworks/0");
  }

  @Test
  void declarationOfTheFrameworksYearMayBeAnAnachronism() {
    assertThat(validate(process().addDeclarations(citingGcm(declaration("2018", null)))))
        .hasSingleViolation(DECLARATION_ANACHRONISM, WARNING, "/processes/0/declarations/0/frameworks/0");
  }

  @Test
  void declarationAfterOrWithinTheFrameworksUnitIsNoAnachronism() {
    assertThat(validate(process().addDeclarations(citingGcm(declaration("2019", null)))))
        .hasNoViolation(DECLARATION_ANACHRONISM);
    assertThat(validate(process().addDeclarations(citingGcm(declaration("2018-12-19", null)))))
        .hasNoViolation(DECLARATION_ANACHRONISM);
  }

  // ---- figures ----

  @Test
  void negativeFigureIsAnError() {
    assertThat(validate(process().addFigures(figure("-1", FigureScope.MEMBERS, "2020", "s1"))))
        .hasSingleViolation(FIGURE_NEGATIVE, ERROR, "/processes/0/figures/0/value");
    assertThat(validate(process().addFigures(figure("0", FigureScope.MEMBERS, "2020", "s1")))).isEmpty();
  }

  @Test
  void narrowerGroupExceedingAWiderOneIsAWarning() {
    assertThat(validate(process().addFigures(figure("10", FigureScope.MEMBERS, "2020", "s1"),
        figure("5", FigureScope.MEMBERS_AND_OBSERVERS, "2020", "s1"))))
        .hasSingleViolation(FIGURE_SCOPE_INCONSISTENT, WARNING, "/processes/0/figures/0/value");
  }

  @Test
  void narrowerGroupExceedingAWiderOneWithoutDatesIsAdvice() {
    assertThat(validate(process().addFigures(figure("10", FigureScope.MEMBERS, null, "s1"),
        figure("5", FigureScope.MEMBERS_AND_OBSERVERS, null, "s1"))))
        .hasSingleViolation(FIGURE_SCOPE_INCONSISTENT, INFO, "/processes/0/figures/0/value");
  }

  @Test
  void figuresOfDifferentDatesOrConsistentScopesAreFine() {
    assertThat(validate(process().addFigures(figure("10", FigureScope.MEMBERS, "2019", "s1"),
        figure("5", FigureScope.MEMBERS_AND_OBSERVERS, "2020", "s1"), figure("20", FigureScope.ALL_PARTICIPANTS, "2020", "s1"),
        figure("99", FigureScope.SUBJECT, "2020", "s1")))).hasNoViolation(FIGURE_SCOPE_INCONSISTENT);
  }

  @Test
  void figureWithoutSourceOrDateIsAdvice() {
    assertThat(validate(process().addFigures(figure("10", FigureScope.MEMBERS, "2020"))))
        .hasSingleViolation(FIGURE_UNSOURCED, INFO, "/processes/0/figures/0");
    assertThat(validate(process().addFigures(figure("10", FigureScope.MEMBERS, null, "s1"))))
        .hasSingleViolation(FIGURE_UNSOURCED, INFO, "/processes/0/figures/0");
  }

  @Test
  void figuresWithExtremeExponentsAreReportedInScientificNotation() {
    MigrationFigure hugeNegative = MigrationFigure.builder().metric("citizensAbroad")
        .value(new java.math.BigDecimal("-1E+2147483640")).approximation(org.rcpmodel.Approximation.EXACT)
        .scope(FigureScope.MEMBERS).referenceDate(PartialDate.parse("2020")).addSources("s1").build();
    MigrationFigure tiny = MigrationFigure.builder().from(hugeNegative)
        .value(new java.math.BigDecimal("1E-2147483640")).build();

    ValidationReport report = validate(process().addFigures(hugeNegative, tiny));

    assertThat(report.withCode(FIGURE_NEGATIVE).get(0).message()).contains("-1E+2147483640");
    assertThat(report.withCode(FACT_CONFLICT).get(0).message()).contains("1E-2147483640", "-1E+2147483640");
  }

  @Test
  void theAdviceOnAFigureSaysWhatItLacks() {
    assertThat(validate(process().addFigures(figure("10", FigureScope.MEMBERS, "2020"))).withCode(FIGURE_UNSOURCED)
        .get(0).message()).endsWith("lacks a source");
    assertThat(validate(process().addFigures(figure("10", FigureScope.MEMBERS, null, "s1"))).withCode(FIGURE_UNSOURCED)
        .get(0).message()).endsWith("lacks a reference date");
    assertThat(validate(process().addFigures(figure("10", FigureScope.MEMBERS, null))).withCode(FIGURE_UNSOURCED)
        .get(0).message()).endsWith("lacks a source and a reference date");
  }

  // ---- the same fact from different sources ----

  @Test
  void sameChairTermWithTwoEndMonthsFromTwoSourcesIsOneFactConflict() {
    ValidationReport report = validate(process().addChairs(chair("KAZ", "2014/2016-11", "s1"), chair("KAZ", "2014/2016-12", "s2"),
        chair("KGZ", "2016-12/2018", "s1")));
    assertThat(report).hasSingleViolation(FACT_CONFLICT, WARNING, "/processes/0/chairs/1").hasNoViolation(CHAIR_OVERLAP);
  }

  @Test
  void sameChairTermFromOneSourceTwiceIsAnOverlapNotAFact() {
    assertThat(validate(process().addChairs(chair("KAZ", "2014/2016-11", "s1"), chair("KAZ", "2014/2016-12", "s1"))))
        .hasNoViolation(FACT_CONFLICT).hasSingleViolation(CHAIR_OVERLAP, ERROR, "/processes/0/chairs/1");
  }

  @Test
  void chairTermsOfOneChairThatMayOverlapFromTwoSourcesMayBeOneFact() {
    assertThat(validate(process().addChairs(chair("KAZ", "2014/2016", "s1"), chair("KAZ", "2016-06/2018", "s2"))))
        .hasSingleViolation(FACT_CONFLICT, INFO, "/processes/0/chairs/1").hasNoViolation(CHAIR_OVERLAP);
  }

  @Test
  void twoSourcesGivingTheSameTermAgree() {
    assertThat(validate(process().addChairs(chair("KAZ", "2014/2016", "s1"), chair("KAZ", "2014/2016", "s2")))).isEmpty();
  }

  @Test
  void sourcesDisagreeingOnARoleAreAFactConflictNotARoleConflict() {
    assertThat(validate(process().addParticipations(participation("KAZ", Role.OBSERVER, "2015/2016", "s2"))))
        .hasSingleViolation(FACT_CONFLICT, WARNING, "/processes/0/participations/2").hasNoViolation(ROLE_CONFLICT);
    assertThat(validate(process().addParticipations(participation("KAZ", Role.MEMBER, "2014/..", "s2"))))
        .hasSingleViolation(FACT_CONFLICT, WARNING, "/processes/0/participations/2").hasNoViolation(ROLE_DUPLICATE);
  }

  @Test
  void twoCountsForOneDateAreOneFactConflict() {
    Document doc = Docs.document().addOrganizations(Organization.builder().id("iom2").name("IOM")
        .addFigures(figure("175", FigureScope.SUBJECT, "2025-04", "s1"), figure("173", FigureScope.SUBJECT, "2025-04", "s1"),
            figure("174", FigureScope.SUBJECT, "2025-04", "s2"), figure("170", FigureScope.SUBJECT, "2024", "s1"))
        .build()).asOf(d("2025-05")).build();
    assertThat(validate(doc)).hasSingleViolation(FACT_CONFLICT, WARNING, "/organizations/1/figures/1");
  }

  @Test
  void messagesComeInTheCallersLocale() {
    Document doc = with(process().addChairs(chair("TJK", "2014-01/2015-12")).addCompleteLists(memberList("2014-06")));
    assertThat(RcpValidator.validate(doc, Locale.ENGLISH).withCode(CHAIR_NOT_MEMBER).get(0).message())
        .isEqualTo("TJK chairs during 2014-01/2015-12 without being a member for the whole term");
    assertThat(RcpValidator.validate(doc, new Locale("ru")).withCode(CHAIR_NOT_MEMBER).get(0).message())
        .isEqualTo("TJK председательствует в период 2014-01/2015-12, не будучи членом весь этот срок");
    Document open = with(process().addChairs(chair("TJK", "2014/2015")));
    assertThat(RcpValidator.validate(open, Locale.ENGLISH).withCode(CHAIR_NOT_MEMBER).get(0).message())
        .isEqualTo("no record of TJK as a member all through 2014/2015, when it chairs; the document does not declare "
            + "its member list complete");
    assertThat(RcpValidator.validate(open, new Locale("ru")).withCode(CHAIR_NOT_MEMBER).get(0).message())
        .isEqualTo("нет записи о том, что TJK является членом весь срок 2014/2015, когда он председательствует; "
            + "документ не объявляет список членов полным");
  }
}
