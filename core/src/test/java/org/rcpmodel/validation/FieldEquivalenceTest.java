package org.rcpmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.rcpmodel.ChairingRule;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Declaration;
import org.rcpmodel.Document;
import org.rcpmodel.FormerName;
import org.rcpmodel.Framework;
import org.rcpmodel.Gens;
import org.rcpmodel.Meeting;
import org.rcpmodel.MigrationFigure;
import org.rcpmodel.ModelArbitraries;
import org.rcpmodel.Organization;
import org.rcpmodel.Participant;
import org.rcpmodel.Participation;
import org.rcpmodel.Person;
import org.rcpmodel.Post;
import org.rcpmodel.Source;
import org.rcpmodel.State;

/**
 * The rule engine checks the field constraints itself, reading them from the model's annotations
 * ({@link FieldTable}); this holds its reading to Hibernate Validator's. For
 * documents with many kinds of field errors, the engine's {@code field.*} findings (code, pointer,
 * message key) are exactly what a plain Hibernate Validator reports when it validates each top-level
 * element of the document on its own, cascading from there, with the element's pointer in front.
 */
class FieldEquivalenceTest {

  private static final Validator PLAIN = Validation.buildDefaultValidatorFactory().getValidator();

  /** Text that is blank for {@code @NotBlank}, blank for the optional-text pattern, both, or neither. */
  private static final String[] TEXTS = {"", " ", "\t\n", "\u2003", "\u00A0", "\u0001", "\u000B", "x", " a "};
  private static final String[] IDS = {"bad id", "-x", "", "a".repeat(129), "a".repeat(128), "ok.id_1-2", "Ы", "a/b"};
  private static final String[] CODES = {"kaz", "KAZA", "KA", "", "K1Z", "XKX", "KAZ", "ÄBC"};

  @Test
  void engineFieldFindingsAreWhatTheAnnotationsReport() {
    qt().withExamples(300).forAll(ModelArbitraries.documents(), Gens.anyLongs(), Gens.ints(1, 8))
        .checkAssert(FieldEquivalenceTest::engineFieldFindingsAreWhatTheAnnotationsReport);
  }

  private static void engineFieldFindingsAreWhatTheAnnotationsReport(Document generated, long seed, int mutations) {
    Random random = new Random(seed);
    Document document = generated;
    for (int i = 0; i < mutations; i++) {
      document = mutate(document, random);
    }
    assertThat(engineFieldFindings(document)).containsExactlyInAnyOrderElementsOf(annotationFindings(document));
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
    for (String property : new String[] {"schemaVersion", "title"}) {
      for (ConstraintViolation<Document> v : PLAIN.validateProperty(document, property)) {
        out.add(describe(v, ""));
      }
    }
    return out;
  }

  private static void validateEach(List<?> elements, String prefix, List<String> out) {
    for (int i = 0; i < elements.size(); i++) {
      for (ConstraintViolation<Object> v : PLAIN.validate((Object) elements.get(i))) {
        out.add(describe(v, prefix + i));
      }
    }
  }

  private static String describe(ConstraintViolation<?> v, String prefix) {
    String template = v.getMessageTemplate();
    return Violation.from(v).code() + " " + prefix + JsonPointers.of(v.getPropertyPath()) + " "
        + template.substring(1, template.length() - 1);
  }

  // ---- mutations: each breaks (or, with some of the values, keeps) one field somewhere ----

  private static Document mutate(Document d, Random r) {
    switch (r.nextInt(16)) {
      case 0:
        return d.getSources().isEmpty() ? d : Document.builder().from(d).sources(replace(d.getSources(), r,
            s -> Source.builder().from(s).id(pick(IDS, r)).title(pick(TEXTS, r)).url(pick(TEXTS, r))
                .publisher(pick(TEXTS, r)).build())).build();
      case 1:
        return d.getStates().isEmpty() ? d : Document.builder().from(d).states(replace(d.getStates(), r,
            s -> State.builder().from(s).code(pick(CODES, r)).name(pick(TEXTS, r))
                .addFormerNames(FormerName.of(pick(TEXTS, r), org.rcpmodel.time.Period.unknown()))
                .addSources(pick(IDS, r)).build())).build();
      case 2:
        return d.getOrganizations().isEmpty() ? d : Document.builder().from(d).organizations(replace(
            d.getOrganizations(), r, o -> Organization.builder().from(o).id(pick(IDS, r)).name(pick(TEXTS, r))
                .acronym(pick(TEXTS, r)).parent(pick(IDS, r))
                .figures(replace(o.getFigures(), r, f -> MigrationFigure.builder().from(f).metric(pick(TEXTS, r))
                    .addSources(pick(IDS, r)).build())).build())).build();
      case 3:
        return d.getFrameworks().isEmpty() ? d : Document.builder().from(d).frameworks(replace(d.getFrameworks(), r,
            f -> Framework.builder().from(f).id(pick(IDS, r)).name(pick(TEXTS, r)).acronym(pick(TEXTS, r))
                .addSources(pick(IDS, r)).build())).build();
      case 4:
        return d.getPeople().isEmpty() ? d : Document.builder().from(d).people(replace(d.getPeople(), r,
            p -> Person.builder().from(p).id(pick(IDS, r)).name(pick(TEXTS, r)).addSources(pick(IDS, r))
                .posts(replace(p.getPosts(), r, post -> Post.builder().from(post).title(pick(TEXTS, r))
                    .organization(pick(IDS, r)).state(pick(CODES, r)).addSources(pick(IDS, r)).build()))
                .build())).build();
      case 5:
        return process(d, r, p -> ConsultativeProcess.builder().from(p).id(pick(IDS, r)).name(pick(TEXTS, r))
            .acronym(pick(TEXTS, r)).region(pick(TEXTS, r)).purpose(pick(TEXTS, r)).addFrameworks(pick(IDS, r))
            .addSources(pick(IDS, r)).build());
      case 6:
        return process(d, r, p -> ConsultativeProcess.builder().from(p).chairingRule(ChairingRule.builder()
            .from(p.getChairingRule()).maxConcurrentChairs(r.nextInt(3) - 1).termMonths(r.nextInt(3) - 1).build())
            .build());
      case 7:
        return process(d, r, p -> ConsultativeProcess.builder().from(p).participations(replace(p.getParticipations(),
            r, x -> Participation.builder().from(x).participant(participant(r)).addSources(pick(IDS, r)).build()))
            .build());
      case 8:
        return process(d, r, p -> ConsultativeProcess.builder().from(p).chairs(replace(p.getChairs(), r,
            c -> Chairmanship.builder().from(c).chairs(r.nextBoolean() ? List.of() : List.of(participant(r),
                participant(r))).coChair(participant(r)).addSources(pick(IDS, r)).build())).build());
      case 9:
        return process(d, r, p -> ConsultativeProcess.builder().from(p).meetings(replace(p.getMeetings(), r,
            m -> Meeting.builder().from(m).id(pick(IDS, r)).name(pick(TEXTS, r)).city(pick(TEXTS, r))
                .ordinal(r.nextInt(4) - 2).host(pick(CODES, r)).addSources(pick(IDS, r)).build())).build());
      case 10:
        return process(d, r, p -> ConsultativeProcess.builder().from(p).declarations(replace(p.getDeclarations(), r,
            x -> Declaration.builder().from(x).id(pick(IDS, r)).title(pick(TEXTS, r)).meeting(pick(IDS, r))
                .addThemes(pick(TEXTS, r)).addAdopters(participant(r)).addFrameworks(pick(IDS, r))
                .addSources(pick(IDS, r)).build())).build());
      case 11:
        return process(d, r, p -> ConsultativeProcess.builder().from(p).figures(replace(p.getFigures(), r,
            f -> MigrationFigure.builder().from(f).metric(pick(TEXTS, r)).addSources(pick(IDS, r)).build())).build());
      case 12:
        return process(d, r, p -> ConsultativeProcess.builder().from(p).classifications(List.of(
            org.rcpmodel.Classification.builder().kind(p.getKind()).addSources(pick(IDS, r), pick(IDS, r)).build()))
            .build());
      case 13:
        return Document.builder().from(d).schemaVersion(r.nextBoolean() ? "1" : pick(new String[] {"1.0.0", "v1",
            "12.34", ".1", "1.", "٣.٤"}, r)).title(pick(TEXTS, r)).build();
      case 14:
        return d.getStates().isEmpty() ? d : Document.builder().from(d).states(replace(d.getStates(), r,
            s -> State.builder().from(s).formerNames(replace(s.getFormerNames(), r,
                f -> FormerName.of(pick(TEXTS, r), f.getPeriod()))).build())).build();
      default:
        return d; // some documents keep their generated, well-formed fields
    }
  }

  private static Participant participant(Random r) {
    return r.nextBoolean() ? Participant.state(pick(CODES, r)) : Participant.organization(pick(IDS, r));
  }

  private static Document process(Document d, Random r, Function<ConsultativeProcess, ConsultativeProcess> change) {
    return Document.builder().from(d).processes(replace(d.getProcesses(), r, change)).build();
  }

  private static <T> List<T> replace(List<T> list, Random r, Function<T, T> change) {
    if (list.isEmpty()) {
      return list;
    }
    List<T> copy = new ArrayList<>(list);
    int i = r.nextInt(list.size());
    copy.set(i, change.apply(list.get(i)));
    return copy;
  }

  private static String pick(String[] values, Random r) {
    return values[r.nextInt(values.length)];
  }
}
