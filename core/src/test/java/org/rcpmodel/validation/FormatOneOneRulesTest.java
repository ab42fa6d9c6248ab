package org.rcpmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.rcpmodel.validation.Docs.d;
import static org.rcpmodel.validation.Docs.p;
import static org.rcpmodel.validation.Docs.participation;
import static org.rcpmodel.validation.Docs.validate;
import static org.rcpmodel.validation.Severity.ERROR;
import static org.rcpmodel.validation.Severity.INFO;
import static org.rcpmodel.validation.Severity.WARNING;
import static org.rcpmodel.validation.ValidationReportAssert.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rcpmodel.Approximation;
import org.rcpmodel.ChairSelection;
import org.rcpmodel.ChairingRule;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.CompleteList;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Declaration;
import org.rcpmodel.Document;
import org.rcpmodel.FigureScope;
import org.rcpmodel.Meeting;
import org.rcpmodel.MeetingLevel;
import org.rcpmodel.Participant;
import org.rcpmodel.ParticipantCount;
import org.rcpmodel.MigrationFigure;
import org.rcpmodel.ParticipantGroup;
import org.rcpmodel.ParticipantKind;
import org.rcpmodel.ProcessKind;
import org.rcpmodel.Role;
import org.rcpmodel.Secretariat;
import org.rcpmodel.Source;
import org.rcpmodel.StatedProperty;
import org.rcpmodel.Statement;

/** How the rules read what format 1.1 adds: statements, secretariats, counts, groups, complete lists, ordinals, the annual host. */
class FormatOneOneRulesTest {

  private static Statement founded(String date, String source) {
    return Statement.builder().property(StatedProperty.ESTABLISHED).date(d(date)).addSources(source).build();
  }

  private static Chairmanship term(String state, String period) {
    return Chairmanship.builder().addChairs(Participant.state(state)).period(p(period)).addSources("s1").build();
  }

  private static ConsultativeProcess.Builder unnamed() {
    return ConsultativeProcess.builder().id("p").name("P").kind(ProcessKind.RCP).established(d("2013"));
  }

  private static ParticipantCount members(int value) {
    return ParticipantCount.builder().role(Role.MEMBER).participantKind(ParticipantKind.STATE).value(value)
        .addSources("s1").build();
  }

  // ---- statements ------------------------------------------------------------------------------

  @Test
  void twoFoundingYearsFromTwoSourcesAreOneConflict() {
    ValidationReport report = validate(Docs.process().addStatements(founded("1993", "s1"), founded("1991", "s2")));
    assertThat(report).hasSingleViolation("fact.conflict", WARNING, "/processes/0/statements/1");
  }

  @Test
  void aYearAndAMonthInItAgreeAndAreNoConflict() {
    assertThat(validate(Docs.process().addStatements(founded("1993", "s1"), founded("1993-05", "s2"))))
        .hasNoViolation("fact.conflict");
  }

  @Test
  void threeDisagreeingFoundingDatesAreStillOneConflictForTheProperty() {
    ValidationReport report = validate(Docs.process().addStatements(founded("1993", "s1"), founded("1993-05", "s2"),
        founded("1991", "s2"), founded("1990", "s1")));
    assertThat(report).hasSingleViolation("fact.conflict", WARNING, "/processes/0/statements/2");
  }

  @Test
  void namesAreOneFactPerPropertyAndEqualNamesAgree() {
    Statement rcm = Statement.builder().property(StatedProperty.NAME).text("Regional Conference on Migration")
        .addSources("s1").build();
    Statement same = Statement.builder().from(rcm).sources(List.of("s2")).build();
    Statement puebla = Statement.builder().from(rcm).text("Puebla Process").sources(List.of("s2")).build();
    Statement acronym = Statement.builder().property(StatedProperty.ACRONYM).text("RCM").addSources("s2").build();
    assertThat(validate(Docs.process().addStatements(rcm, same, acronym))).hasNoViolation("fact.conflict");
    assertThat(validate(Docs.process().addStatements(rcm, acronym, puebla)))
        .hasSingleViolation("fact.conflict", WARNING, "/processes/0/statements/2");
  }

  @Test
  void aRecordStartingBetweenTwoStatedFoundingYearsIsWrongInOnlySomeReadings() {
    ConsultativeProcess.Builder budapest = ConsultativeProcess.builder().from(Docs.process().build())
        .established(java.util.Optional.empty()).addStatements(founded("1993", "s1"), founded("1991", "s2"));
    assertThat(validate(ConsultativeProcess.builder().from(budapest.build())
        .addParticipations(participation("TJK", Role.MEMBER, "1992/..", "s1"))))
        .hasSingleViolation("date.before-establishment", WARNING, "/processes/0/participations/2/period");
    assertThat(validate(ConsultativeProcess.builder().from(budapest.build())
        .addParticipations(participation("TJK", Role.MEMBER, "1990/..", "s1"))))
        .hasSingleViolation("date.before-establishment", ERROR, "/processes/0/participations/2/period");
    assertThat(validate(ConsultativeProcess.builder().from(budapest.build())
        .addParticipations(participation("TJK", Role.MEMBER, "1994/..", "s1"))))
        .hasNoViolation("date.before-establishment");
  }

  // ---- the secretariat's job --------------------------------------------------------------------

  @Test
  void secretariatAndSupportUnitOfOneParticipantFromTwoSourcesAreOneConflict() {
    ValidationReport report = validate(Docs.process().addParticipations(
        participation("KAZ", Role.SECRETARIAT, "2013/..", "s1"), participation("KAZ", Role.SUPPORT_UNIT, "2013/..", "s2")));
    assertThat(report).hasSingleViolation("fact.conflict", WARNING, "/processes/0/participations/3")
        .hasNoViolation("role.conflict").hasNoViolation("role.duplicate");
  }

  @Test
  void secretariatAndSupportUnitFromOneSourceAreTwoRolesNotAProblem() {
    assertThat(validate(Docs.process().addParticipations(
        participation("KAZ", Role.SECRETARIAT, "2013/..", "s1"), participation("KAZ", Role.SUPPORT_UNIT, "2013/..", "s1"))))
        .hasNoViolation("fact.conflict").hasNoViolation("role.conflict").hasNoViolation("role.duplicate");
  }

  private static Secretariat account(Role role, String source, String... organizations) {
    Secretariat.Builder b = Secretariat.builder().role(role).asOf(d("2024-05-01")).addSources(source);
    for (String o : organizations) {
      b.addPerformers(Participant.organization(o));
    }
    return b.build();
  }

  private static Document withUnhcr(ConsultativeProcess.Builder process) {
    return Docs.document().addOrganizations(org.rcpmodel.Organization.builder().id("unhcr").name("UNHCR").build())
        .addProcesses(process.build()).build();
  }

  @Test
  void twoAccountsOfTheSamePerformersWithDifferentRolesFromTwoSourcesAreOneConflict() {
    Secretariat chairing = Secretariat.builder().role(Role.SECRETARIAT).chairingState(true).addSources("s1").build();
    ValidationReport report = validate(withUnhcr(Docs.process().addSecretariats(chairing,
        account(Role.SUPPORT_UNIT, "s1", "iom", "unhcr"), account(Role.SECRETARIAT, "s2", "unhcr", "iom"))));
    assertThat(report).hasSingleViolation("fact.conflict", WARNING, "/processes/0/secretariats/2");
  }

  @Test
  void accountsThatAgreeOrNameOtherPerformersOrShareASourceAreNoConflict() {
    assertThat(validate(withUnhcr(Docs.process().addSecretariats(account(Role.SECRETARIAT, "s1", "iom", "unhcr"),
        account(Role.SECRETARIAT, "s2", "unhcr", "iom"), account(Role.SUPPORT_UNIT, "s2", "iom"),
        account(Role.SUPPORT_UNIT, "s1", "iom"), account(Role.SECRETARIAT, "s1", "unhcr"),
        account(Role.SUPPORT_UNIT, "s1", "unhcr")))))
        .hasNoViolation("fact.conflict");
  }

  @Test
  void aRecordOfASupersededSourceIsOutdatedNotDisputed() {
    Document document = Docs.document()
        .sources(List.of(Source.builder().id("s1").title("Old page").build(),
            Source.builder().id("s2").title("New page").supersedes("s1").build()))
        .addProcesses(Docs.process().addChairs(term("KAZ", "2014/2016-11")).addChairs(Chairmanship.builder()
            .from(term("KAZ", "2014/2016-12")).sources(List.of("s2")).build()).build())
        .build();
    assertThat(validate(document)).hasSingleViolation("fact.conflict", INFO, "/processes/0/chairs/1");
    Document unrelated = Document.builder().from(document).sources(List.of(Source.builder().id("s1").title("Old page")
        .build(), Source.builder().id("s2").title("New page").build())).build();
    assertThat(validate(unrelated)).hasSingleViolation("fact.conflict", WARNING, "/processes/0/chairs/1");
  }

  // ---- the open world ---------------------------------------------------------------------------

  @Test
  void aProcessWhoseMembersAreCountedOrGroupedHasMembers() {
    // Naming no member proves nothing (principle 3): advice.
    assertThat(validate(unnamed())).hasSingleViolation("process.no-members", INFO, "/processes/0/participations");
    assertThat(validate(unnamed().addParticipantCounts(members(45)))).hasNoViolation("process.no-members");
    assertThat(validate(unnamed().addGroups(ParticipantGroup.builder().id("g").name("IOM members").membersOf("iom")
        .role(Role.MEMBER).build()))).hasNoViolation("process.no-members");
    // A count of observers says nothing about members.
    assertThat(validate(unnamed().addParticipantCounts(ParticipantCount.builder().from(members(9)).role(Role.OBSERVER)
        .build()))).hasSingleViolation("process.no-members", INFO, "/processes/0/participations");
    // A figure that counts the member States (a 1.0 document can say it only so) shows members.
    assertThat(validate(unnamed().addFigures(memberStates("45", FigureScope.SUBJECT)))).hasNoViolation("process.no-members");
    assertThat(validate(unnamed().addFigures(memberStates("45", FigureScope.MEMBERS_AND_OBSERVERS))))
        .hasSingleViolation("process.no-members", INFO, "/processes/0/participations");
    // A complete member list that names no one: no member, surely.
    assertThat(validate(unnamed().addCompleteLists(CompleteList.builder().role(Role.MEMBER).asOf(d("2025-04-24"))
        .addSources("s1").build()))).hasSingleViolation("process.no-members", ERROR, "/processes/0/participations");
  }

  private static MigrationFigure memberStates(String value, FigureScope scope) {
    return MigrationFigure.builder().metric("memberStates").value(new java.math.BigDecimal(value))
        .approximation(Approximation.EXACT).scope(scope).referenceDate(d("2025")).addSources("s1").build();
  }

  @Test
  void aChairNotNamedAsMemberIsAdviceWhenMembersAreCountedButNotAllNamed() {
    assertThat(validate(unnamed().addParticipantCounts(members(45)).addChairs(term("AUS", "2014/2015"))))
        .hasSingleViolation("chair.not-member", INFO, "/processes/0/chairs/0/chairs/0");
    assertThat(validate(unnamed().addParticipantCounts(ParticipantCount.builder().from(members(1))
        .approximation(Approximation.OVER).build()).addChairs(term("AUS", "2014/2015"))))
        .hasSingleViolation("chair.not-member", INFO, "/processes/0/chairs/0/chairs/0");
  }

  @Test
  void anExactCountThatTheNamedMembersFillLeavesNoOneUnnamedButIsNoCompleteList() {
    // The count leaves no member unnamed (no open-world "may"), but it is not dated in the term and
    // declares no list complete: that TJK chairs with no membership record is advice.
    ValidationReport report = validate(Docs.process().addParticipantCounts(members(2)).addChairs(term("TJK", "2014/2015")));
    assertThat(report).hasSingleViolation("chair.not-member", INFO, "/processes/0/chairs/0/chairs/0");
    assertThat(report.withCode("chair.not-member").get(0).message()).startsWith("no record of TJK as a member");
  }

  @Test
  void aCompleteListOnADateInTheTermRestoresTheError() {
    CompleteList complete = CompleteList.builder().role(Role.MEMBER).asOf(d("2014-06")).addSources("s1").build();
    assertThat(validate(Docs.process().addParticipantCounts(members(45)).addCompleteLists(complete)
        .addChairs(term("TJK", "2014-01/2015-12"))))
        .hasSingleViolation("chair.not-member", ERROR, "/processes/0/chairs/0/chairs/0");
    // A term of 2014/2015 may start after June 2014: the list proves the fault only in some readings.
    assertThat(validate(Docs.process().addParticipantCounts(members(45)).addCompleteLists(complete)
        .addChairs(term("TJK", "2014/2015"))))
        .hasSingleViolation("chair.not-member", WARNING, "/processes/0/chairs/0/chairs/0");
    CompleteList later = CompleteList.builder().from(complete).asOf(d("2020")).build();
    assertThat(validate(Docs.process().addParticipantCounts(members(45)).addCompleteLists(later)
        .addChairs(term("TJK", "2014/2015"))))
        .hasSingleViolation("chair.not-member", INFO, "/processes/0/chairs/0/chairs/0");
  }

  @Test
  void aChairNamedInAMemberGroupIsAMember() {
    ParticipantGroup group = ParticipantGroup.builder().id("sadc").name("SADC member States")
        .addMembers(Participant.state("AGO")).role(Role.MEMBER).build();
    assertThat(validate(unnamed().addGroups(group).addChairs(term("AGO", "2024")))).hasNoViolation("chair.not-member");
    // A group is no complete list: MDG may be a member the document does not record.
    assertThat(validate(unnamed().addGroups(group).addChairs(term("MDG", "2025"))))
        .hasSingleViolation("chair.not-member", INFO, "/processes/0/chairs/0/chairs/0");
  }

  @Test
  void hostsAndAdoptersNotNamedAreAdviceWhenParticipantsAreCounted() {
    Meeting meeting = Meeting.builder().id("m").level(MeetingLevel.MINISTERIAL_CONFERENCE).host("TJK")
        .period(p("2015-05-10")).build();
    Declaration declaration = Declaration.builder().id("d").title("D").adopted(d("2015-05-10"))
        .addAdopters(Participant.state("TJK")).build();
    // No record of TJK at all: advice that says so ("no record"), in any document.
    ValidationReport none = validate(Docs.process().addMeetings(meeting).addDeclarations(declaration));
    assertThat(none)
        .hasSingleViolation("meeting.host-not-participant", INFO, "/processes/0/meetings/0/host")
        .hasSingleViolation("declaration.adopter-not-participant", INFO, "/processes/0/declarations/0/adopters/0");
    assertThat(none.withCode("meeting.host-not-participant").get(0).message()).startsWith("no record of the host TJK");
    // Counted observers may include TJK: advice that says "may".
    ParticipantCount observers = ParticipantCount.builder().role(Role.OBSERVER).value(18).addSources("s1").build();
    ValidationReport counted = validate(Docs.process().addParticipantCounts(observers).addMeetings(meeting)
        .addDeclarations(declaration));
    assertThat(counted)
        .hasSingleViolation("meeting.host-not-participant", INFO, "/processes/0/meetings/0/host")
        .hasSingleViolation("declaration.adopter-not-participant", INFO, "/processes/0/declarations/0/adopters/0");
    assertThat(counted.withCode("meeting.host-not-participant").get(0).message())
        .isEqualTo("the host TJK may not take part in the process on 2015-05-10");
  }

  // ---- chair terms: ordinals and the annual host -----------------------------------------------

  @Test
  void termsOfDifferentOrdinalsWithoutDatesFollowOneAnother() {
    Chairmanship first = Chairmanship.builder().from(term("KAZ", "/")).ordinal(1).build();
    Chairmanship second = Chairmanship.builder().from(term("KGZ", "/")).ordinal(2).build();
    assertThat(validate(Docs.process().addChairs(term("KAZ", "/"), term("KGZ", "/"))))
        .hasViolation("chair.overlap", "/processes/0/chairs/1");
    assertThat(validate(Docs.process().addChairs(first, second))).hasNoViolation("chair.overlap");
  }

  @Test
  void datesThatSurelyOverlapWinOverOrdinals() {
    Chairmanship first = Chairmanship.builder().from(term("KAZ", "2014/2016")).ordinal(1).build();
    Chairmanship second = Chairmanship.builder().from(term("KGZ", "2015/2017")).ordinal(2).build();
    assertThat(validate(Docs.process().addChairs(first, second)))
        .hasSingleViolation("chair.overlap", ERROR, "/processes/0/chairs/1");
  }

  @Test
  void oneStateChairingTwiceInASequenceIsTwoTermsNotOneFact() {
    Chairmanship first = Chairmanship.builder().from(term("KAZ", "/")).ordinal(1).build();
    Chairmanship fifth = Chairmanship.builder().from(term("KAZ", "/")).ordinal(5).sources(List.of("s2")).build();
    assertThat(validate(Docs.process().addChairs(first, fifth))).hasNoViolation("fact.conflict")
        .hasNoViolation("chair.overlap");
  }

  private static ConsultativeProcess.Builder annualHost() {
    return Docs.process().chairingRule(ChairingRule.builder().selection(ChairSelection.ANNUAL_HOST).build());
  }

  private static Meeting conference(String host, String period) {
    return Meeting.builder().id("m-" + host + "-" + period.replace('/', '_')).level(MeetingLevel.MINISTERIAL_CONFERENCE)
        .host(host).period(p(period)).build();
  }

  @Test
  void underAnAnnualHostPresidencyTheChairIsTheHostOfThatYearsConference() {
    assertThat(validate(annualHost().addChairs(term("KAZ", "2024")).addMeetings(conference("KGZ", "2024-06"))))
        .hasSingleViolation("chair.not-host", WARNING, "/processes/0/chairs/0");
    assertThat(validate(annualHost().addChairs(term("KAZ", "2024")).addMeetings(conference("KAZ", "2024-06"))))
        .hasNoViolation("chair.not-host");
  }

  @Test
  void aConferenceThatMayFallOutsideTheTermOrAnotherChairingRuleSaysNothingAboutTheHost() {
    assertThat(validate(annualHost().addChairs(term("KAZ", "2024")).addMeetings(conference("KGZ", "2024/2025"))))
        .hasNoViolation("chair.not-host");
    assertThat(validate(Docs.process().addChairs(term("KAZ", "2024")).addMeetings(conference("KGZ", "2024-06"))))
        .hasNoViolation("chair.not-host");
  }

  // ---- ordinals in the overlap sweep, against the rule's meaning -------------------------------

  private static final String[] PERIODS = {"/", "2014/2016", "2015/2017", "2016/2018", "2016-06/2018", "2017/..", "/2015",
      "2014", "2016", "2013/", "2018/2020"};

  /** Chair terms of random periods, one chair each, in a single-chair process. */
  private static List<Chairmanship> terms(Random r, int n) {
    List<Chairmanship> out = new ArrayList<>();
    String[] states = {"KAZ", "KGZ", "TJK", "TKM", "AFG", "AZE"};
    for (int i = 0; i < n; i++) {
      out.add(Chairmanship.builder().addChairs(Participant.state(states[r.nextInt(states.length)]))
          .period(p(PERIODS[r.nextInt(PERIODS.length)])).addSources("s1").build());
    }
    return out;
  }

  private static List<String> overlaps(List<Chairmanship> chairs) {
    return validate(Docs.process().chairs(chairs)).withCode("chair.overlap").stream()
        .map(v -> v.severity() + " " + v.path() + " " + v.message()).toList();
  }

  @Test
  void distinctOrdinalsLeaveExactlyTheOverlapsTheDatesProve() {
    qt().withExamples(300).forAll(longs().all(), integers().between(2, 7)).checkAssert((seed, n) -> {
      List<Chairmanship> plain = terms(new Random(seed), n);
      List<Chairmanship> numbered = new ArrayList<>();
      for (int i = 0; i < plain.size(); i++) {
        numbered.add(Chairmanship.builder().from(plain.get(i)).ordinal(i + 1).build());
      }
      List<String> proven = overlaps(plain).stream().filter(f -> f.startsWith("ERROR")).toList();
      assertThat(overlaps(numbered)).isEqualTo(proven);
    });
  }

  @Test
  void oneOrdinalForEveryTermChangesNoOverlap() {
    qt().withExamples(300).forAll(longs().all(), integers().between(2, 7)).checkAssert((seed, n) -> {
      List<Chairmanship> plain = terms(new Random(seed), n);
      List<Chairmanship> numbered = new ArrayList<>();
      for (Chairmanship c : plain) {
        numbered.add(Chairmanship.builder().from(c).ordinal(3).build());
      }
      assertThat(overlaps(numbered)).isEqualTo(overlaps(plain));
    });
  }

  // ---- secretariat accounts: the sweep against the definition ----------------------------------

  private static final String[] ACCOUNT_PERIODS = {"/", "2008-01/2012-04", "2012-04/", "2010/2014", "2013/..", "2008",
      "2015/2016"};

  private static List<Secretariat> accounts(Random r, int n) {
    List<Secretariat> out = new ArrayList<>();
    String[][] performers = {{"iom"}, {"unhcr"}, {"iom", "unhcr"}};
    for (int i = 0; i < n; i++) {
      Secretariat.Builder b = Secretariat.builder().role(r.nextBoolean() ? Role.SECRETARIAT : Role.SUPPORT_UNIT)
          .period(p(ACCOUNT_PERIODS[r.nextInt(ACCOUNT_PERIODS.length)])).addSources(r.nextBoolean() ? "s1" : "s2");
      for (String o : performers[r.nextInt(performers.length)]) {
        b.addPerformers(Participant.organization(o));
      }
      out.add(b.build());
    }
    return out;
  }

  private static boolean disagree(Secretariat a, Secretariat b) {
    return org.rcpmodel.Facts.sameFact(a, b) && !org.rcpmodel.Facts.agree(a, b)
        && !a.getSources().equals(b.getSources());
  }

  private static final java.util.regex.Pattern FIRST = java.util.regex.Pattern.compile("/processes/0/secretariats/(\\d+)$");

  @Test
  void everySecretariatConflictReportedIsADisagreementAndAPairIsFoundWheneverThereAreTwo() {
    qt().withExamples(400).forAll(longs().all(), integers().between(2, 6)).checkAssert((seed, n) -> {
      List<Secretariat> accounts = accounts(new Random(seed), n);
      ValidationReport report = validate(withUnhcr(Docs.process().secretariats(accounts)));
      List<Violation> conflicts = report.withCode("fact.conflict");
      for (Violation v : conflicts) {
        int at = Integer.parseInt(v.path().substring(v.path().lastIndexOf('/') + 1));
        java.util.regex.Matcher m = FIRST.matcher(v.message());
        assertThat(m.find()).as(v.message()).isTrue();
        int first = Integer.parseInt(m.group(1));
        assertThat(first).isNotEqualTo(at);
        assertThat(disagree(accounts.get(first), accounts.get(at))).as("%s vs %s", first, at).isTrue();
      }
      assertThat(conflicts).extracting(Violation::path).doesNotHaveDuplicates();
      if (n == 2) {
        assertThat(conflicts).hasSize(disagree(accounts.get(0), accounts.get(1)) ? 1 : 0);
      }
      boolean anyPair = false;
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          anyPair |= disagree(accounts.get(i), accounts.get(j));
        }
      }
      if (!anyPair) {
        assertThat(conflicts).isEmpty();
      }
    });
  }
}
