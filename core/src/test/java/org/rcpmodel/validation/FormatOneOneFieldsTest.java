package org.rcpmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.rcpmodel.validation.Docs.d;
import static org.rcpmodel.validation.Docs.p;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rcpmodel.BodyKind;
import org.rcpmodel.BodyMember;
import org.rcpmodel.ChairSelection;
import org.rcpmodel.ChairingRule;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.CompleteList;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Document;
import org.rcpmodel.GovernanceBody;
import org.rcpmodel.Organization;
import org.rcpmodel.OtherName;
import org.rcpmodel.Participant;
import org.rcpmodel.ParticipantCount;
import org.rcpmodel.ParticipantGroup;
import org.rcpmodel.Participation;
import org.rcpmodel.Person;
import org.rcpmodel.Post;
import org.rcpmodel.Role;
import org.rcpmodel.Secretariat;
import org.rcpmodel.Source;
import org.rcpmodel.StatedProperty;
import org.rcpmodel.Statement;

/**
 * The records and properties of format 1.1 under the rule engine: their field findings are exactly
 * what the annotations report (as {@link FieldEquivalenceTest} holds for 1.0), and their references
 * resolve or are reported.
 */
class FormatOneOneFieldsTest {

  private static final Validator PLAIN = Validation.buildDefaultValidatorFactory().getValidator();

  private static final String[] TEXTS = {"", " ", "\t\n", "\u2003", "\u00A0", "x", " a "};
  private static final String[] IDS = {"bad id", "-x", "", "a".repeat(129), "ok.id_1-2", "Ы", "p", "g", "b", "c1", "s1"};
  private static final String[] CODES = {"kaz", "KAZA", "", "XKX", "KAZ", "ÄBC"};
  private static final String[] LANGUAGES = {"en", "es-MX", "e", "english", "EN", "es-", "es-abcdefghi", "zh-Hant-TW", ""};

  /** A clean document that uses every 1.1 addition once. */
  static Document base() {
    ConsultativeProcess process = Docs.process()
        .addOtherNames(OtherName.builder().name("Other P").acronym("OP").language("en").addSources("s1").build())
        .addStatements(Statement.builder().property(StatedProperty.ESTABLISHED).date(d("2013")).addSources("s1").build(),
            Statement.builder().property(StatedProperty.NAME).text("P").addSources("s2").build())
        .chairingRule(ChairingRule.builder().selection(ChairSelection.ROTATION_BETWEEN_GROUPS).officeTitle("Chair")
            .addRotationGroups("g").addSources("s1").addNotes("a note").build())
        .addParticipantCounts(ParticipantCount.builder().role(Role.MEMBER).value(2).addSources("s1").build())
        .addGroups(ParticipantGroup.builder().id("g").name("G").membersOf("iom").addMembers(Participant.state("KAZ"))
            .role(Role.MEMBER).period(p("2013/..")).addSources("s1").build())
        .addCompleteLists(CompleteList.builder().role(Role.MEMBER).asOf(d("2025")).addSources("s1").build())
        .addBodies(GovernanceBody.builder().id("b").name("B").kind(BodyKind.TROIKA).period(p("2013/.."))
            .addMembers(BodyMember.builder().participant(Participant.state("KAZ")).chair(true).period(p("2013/2014"))
                .addSources("s1").build()).addSources("s1").build())
        .addSecretariats(Secretariat.builder().role(Role.SUPPORT_UNIT).addPerformers(Participant.organization("iom"))
            .body("b").host("KAZ").period(p("2013/..")).addSources("s1").build())
        .addChairs(Chairmanship.builder().id("c1").ordinal(1).addChairs(Participant.state("KAZ")).period(p("2013/2015"))
            .addSources("s1").addNotes("chaired").build())
        .build();
    return Docs.document()
        .sources(List.of(Source.builder().id("s1").title("Source one").accessed(d("2025-01")).build(),
            Source.builder().id("s2").title("Source two").supersedes("s1").addNotes("newer").build()))
        .organizations(List.of(Organization.builder().id("iom").name("IOM")
            .addOtherNames(OtherName.builder().name("OIM").language("fr").build()).build()))
        .addProcesses(process)
        .addPeople(Person.builder().id("x").name("X").addPosts(Post.builder().title("Chair").process("p").chairTerm("c1")
            .build()).build())
        .build();
  }

  @Test
  void theBaseDocumentHasNoFindingAtAll() {
    assertThat(RcpValidator.validate(base()).violations()).isEmpty();
  }

  @Test
  void engineFieldFindingsOnFormatOneOneValuesAreWhatTheAnnotationsReport() {
    qt().withExamples(400).forAll(longs().all(), integers().between(1, 6)).checkAssert((seed, mutations) -> {
      Random random = new Random(seed);
      Document document = base();
      for (int i = 0; i < mutations; i++) {
        document = mutate(document, random);
      }
      assertThat(engineFieldFindings(document)).containsExactlyInAnyOrderElementsOf(annotationFindings(document));
    });
  }

  private static List<String> engineFieldFindings(Document document) {
    List<String> out = new ArrayList<>();
    for (Finding finding : RuleEngine.check(document, true)) {
      if (finding.rule().code().startsWith("field.")) {
        out.add(finding.rule().code() + " " + finding.pointer() + " " + finding.messageKey());
      }
    }
    return out;
  }

  private static List<String> annotationFindings(Document document) {
    List<String> out = new ArrayList<>();
    validateEach(document.getSources(), "/sources/", out);
    validateEach(document.getStates(), "/states/", out);
    validateEach(document.getOrganizations(), "/organizations/", out);
    validateEach(document.getFrameworks(), "/frameworks/", out);
    validateEach(document.getProcesses(), "/processes/", out);
    validateEach(document.getPeople(), "/people/", out);
    return out;
  }

  private static void validateEach(List<?> elements, String prefix, List<String> out) {
    for (int i = 0; i < elements.size(); i++) {
      for (ConstraintViolation<Object> v : PLAIN.validate((Object) elements.get(i))) {
        String template = v.getMessageTemplate();
        out.add(Violation.from(v).code() + " " + prefix + i + JsonPointers.of(v.getPropertyPath()) + " "
            + template.substring(1, template.length() - 1));
      }
    }
  }

  private static String pick(String[] values, Random r) {
    return values[r.nextInt(values.length)];
  }

  private static Participant participant(Random r) {
    return r.nextBoolean() ? Participant.state(pick(CODES, r)) : Participant.organization(pick(IDS, r));
  }

  private static Document mutate(Document d, Random r) {
    ConsultativeProcess p = d.getProcesses().get(0);
    ConsultativeProcess.Builder b = ConsultativeProcess.builder().from(p);
    switch (r.nextInt(13)) {
      case 0 -> b.otherNames(List.of(OtherName.builder().from(p.getOtherNames().get(0)).name(pick(TEXTS, r))
          .acronym(pick(TEXTS, r)).language(pick(LANGUAGES, r)).addSources(pick(IDS, r)).addNotes(pick(TEXTS, r)).build()));
      case 1 -> b.statements(List.of(Statement.builder().property(StatedProperty.ACRONYM).text(pick(TEXTS, r))
          .addSources(pick(IDS, r)).addNotes(pick(TEXTS, r)).build()));
      case 2 -> b.chairingRule(ChairingRule.builder().from(p.getChairingRule()).officeTitle(pick(TEXTS, r))
          .addRotationGroups(pick(IDS, r)).addSources(pick(IDS, r)).addNotes(pick(TEXTS, r)).build());
      case 3 -> b.participantCounts(List.of(ParticipantCount.builder().role(Role.OBSERVER).value(r.nextInt(3) - 1)
          .addSources(pick(IDS, r)).addNotes(pick(TEXTS, r)).build()));
      case 4 -> b.groups(List.of(ParticipantGroup.builder().from(p.getGroups().get(0)).id(pick(IDS, r))
          .name(pick(TEXTS, r)).membersOf(pick(IDS, r)).addMembers(participant(r)).addSources(pick(IDS, r))
          .addNotes(pick(TEXTS, r)).build()));
      case 5 -> b.completeLists(List.of(CompleteList.builder().from(p.getCompleteLists().get(0))
          .addSources(pick(IDS, r)).addNotes(pick(TEXTS, r)).build()));
      case 6 -> b.bodies(List.of(GovernanceBody.builder().from(p.getBodies().get(0)).id(pick(IDS, r))
          .name(pick(TEXTS, r)).addMembers(BodyMember.builder().participant(participant(r)).addSources(pick(IDS, r))
              .addNotes(pick(TEXTS, r)).build()).addNotes(pick(TEXTS, r)).build()));
      case 7 -> b.secretariats(List.of(Secretariat.builder().from(p.getSecretariats().get(0)).addPerformers(participant(r))
          .body(pick(IDS, r)).host(pick(CODES, r)).addSources(pick(IDS, r)).addNotes(pick(TEXTS, r)).build()));
      case 8 -> b.chairs(List.of(Chairmanship.builder().from(p.getChairs().get(0)).id(pick(IDS, r))
          .ordinal(r.nextInt(3) - 1).addNotes(pick(TEXTS, r)).build()));
      case 9 -> b.participations(List.of(Participation.builder().from(p.getParticipations().get(0))
          .addNotes(pick(TEXTS, r)).inferred(r.nextBoolean()).build()));
      case 10 -> {
        return Document.builder().from(d).sources(List.of(Source.builder().from(d.getSources().get(0))
            .supersedes(pick(IDS, r)).addNotes(pick(TEXTS, r)).build(), d.getSources().get(1))).build();
      }
      case 11 -> {
        return Document.builder().from(d).people(List.of(Person.builder().from(d.getPeople().get(0))
            .posts(List.of(Post.builder().title("Chair").process(pick(IDS, r)).chairTerm(pick(IDS, r))
                .addNotes(pick(TEXTS, r)).build())).addNotes(pick(TEXTS, r)).build())).build();
      }
      default -> {
        return Document.builder().from(d).organizations(List.of(Organization.builder().from(d.getOrganizations().get(0))
            .otherNames(List.of(OtherName.builder().name(pick(TEXTS, r)).language(pick(LANGUAGES, r)).build()))
            .addNotes(pick(TEXTS, r)).build())).build();
      }
    }
    return Document.builder().from(d).processes(List.of(b.build())).build();
  }

  // ---- references ------------------------------------------------------------------------------

  private static ValidationReport validate(Document document) {
    return RcpValidator.validate(document);
  }

  @Test
  void eachFormatOneOneReferenceThatNamesNothingIsReportedWhereItStands() {
    Document d = base();
    ConsultativeProcess p = d.getProcesses().get(0);
    ConsultativeProcess broken = ConsultativeProcess.builder().from(p)
        .chairingRule(ChairingRule.builder().from(p.getChairingRule()).rotationGroups(List.of("nowhere")).build())
        .groups(List.of(ParticipantGroup.builder().from(p.getGroups().get(0)).membersOf("unknown-org").build()))
        .secretariats(List.of(Secretariat.builder().from(p.getSecretariats().get(0)).body("no-body").build()))
        .build();
    Document document = Document.builder().from(d).processes(List.of(broken))
        .sources(List.of(d.getSources().get(0), Source.builder().from(d.getSources().get(1)).supersedes("s9").build()))
        .people(List.of(Person.builder().id("x").name("X").addPosts(
            Post.builder().title("Chair").process("p").chairTerm("c9").build(),
            Post.builder().title("Chair").process("q").build(),
            Post.builder().title("Chair").chairTerm("c1").build()).build()))
        .build();
    ValidationReportAssert.assertThat(validate(document))
        .hasViolation("ref.unresolved", "/processes/0/chairingRule/rotationGroups/0")
        .hasViolation("ref.unresolved", "/processes/0/groups/0/membersOf")
        .hasViolation("ref.unresolved", "/processes/0/secretariats/0/body")
        .hasViolation("ref.unresolved", "/sources/1/supersedes")
        .hasViolation("ref.unresolved", "/people/0/posts/0/chairTerm")
        .hasViolation("ref.unresolved", "/people/0/posts/1/process")
        .hasViolation("ref.unresolved", "/people/0/posts/2/chairTerm");
    assertThat(validate(document).withCode("ref.unresolved")).hasSize(7);
  }

  @Test
  void groupBodyAndChairTermIdsAreUniqueWithinTheirProcess() {
    Document d = base();
    ConsultativeProcess p = d.getProcesses().get(0);
    ConsultativeProcess twice = ConsultativeProcess.builder().from(p)
        .addGroups(p.getGroups().get(0)).addBodies(p.getBodies().get(0))
        .addChairs(Chairmanship.builder().from(p.getChairs().get(0)).period(p("2015/2017")).ordinal(2).build())
        .build();
    ValidationReport report = validate(Document.builder().from(d).processes(List.of(twice)).build());
    assertThat(report.withCode("id.duplicate")).extracting(Violation::path)
        .containsExactlyInAnyOrder("/processes/0/groups/1/id", "/processes/0/bodies/1/id", "/processes/0/chairs/1/id");
  }

  @Test
  void aSecretariatHostOfAnUnassignedCodeIsAnUnknownState() {
    Document d = base();
    ConsultativeProcess p = d.getProcesses().get(0);
    ConsultativeProcess odd = ConsultativeProcess.builder().from(p)
        .secretariats(List.of(Secretariat.builder().from(p.getSecretariats().get(0)).host("XXA").build())).build();
    ValidationReportAssert.assertThat(validate(Document.builder().from(d).processes(List.of(odd)).build()))
        .hasSingleViolation("state.unknown-code", Severity.ERROR, "/processes/0/secretariats/0/host");
  }
}
