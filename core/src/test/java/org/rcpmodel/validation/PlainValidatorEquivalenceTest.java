package org.rcpmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rcpmodel.validation.Docs.*;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rcpmodel.AlmatyFixture;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.Document;
import org.rcpmodel.Organization;
import org.rcpmodel.Participant;
import org.rcpmodel.Role;
import org.rcpmodel.Source;

/**
 * A consumer's plain default {@code Validator}, with no configuration of ours, finds exactly what
 * the entry point finds (same codes, severities, paths and messages) when asked for the
 * {@link Warnings} group, and exactly the entry point's ERRORs in the default group.
 */
class PlainValidatorEquivalenceTest {

  private static final Validator PLAIN = Validation.buildDefaultValidatorFactory().getValidator();

  static Stream<Document> documents() {
    return Stream.of(
        AlmatyFixture.document(),
        with(process().addChairs(chair("TJK", "2014/2016"), chair("KAZ", "2015/2017"))
            .addParticipations(participation("KAZ", Role.OBSERVER, "2015/2016", "s1"), member("XKX", "2010/..")).acronym(" ")),
        Docs.document().addSources(Source.builder().id("s1").title("dup").build(), Source.builder().id("bad id").title(" ").build())
            .addOrganizations(Organization.builder().id("a").name("A").parent("a").build()).build());
  }

  private static Chairmanship chair(String code, String period) {
    return Chairmanship.builder().addChairs(Participant.state(code)).period(p(period)).build();
  }

  @ParameterizedTest
  @MethodSource("documents")
  void plainValidatorFindsTheSameViolationsAsTheEntryPoint(Document document) {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.ENGLISH);
    try {
      Set<ConstraintViolation<Document>> plain = PLAIN.validate(document, Warnings.class);
      List<Violation> converted = plain.stream().map(Violation::from).collect(Collectors.toList());
      ValidationReport report = RcpValidator.validate(document, Locale.ENGLISH);
      assertThat(ValidationReport.of(converted)).isEqualTo(report);
      assertThat(plain).hasSize(report.violations().size());
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void theValidatorOfALocaleSaysTheWordsInItsMessagesInThatLocaleWhateverTheDefaultLocale() {
    Locale russian = Locale.forLanguageTag("ru");
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.ENGLISH);
    try {
      List<Document> documents = new java.util.ArrayList<>(MessageDocuments.all());
      documents.add(AlmatyFixture.document());
      List<Violation> messages = new java.util.ArrayList<>();
      for (Document document : documents) {
        List<Violation> converted = RcpValidator.validator(russian).validate(document, Warnings.class).stream()
            .map(Violation::from).collect(Collectors.toList());
        ValidationReport report = RcpValidator.validate(document, russian);
        assertThat(ValidationReport.of(converted)).isEqualTo(report);
        assertThat(report.violations()).extracting(Violation::message)
            .allSatisfy(m -> assertThat(m).doesNotContain("a member", "an observer", "held on", "as of", "no dates")
                .doesNotContainPattern("\\b(OBSERVER|SUPPORT_UNIT)\\b"));
        messages.addAll(converted);
      }
      assertThat(messages).extracting(Violation::message)
          .anySatisfy(m -> assertThat(m).contains("наблюдатель (по состоянию на 2025-04-24)"));
    } finally {
      Locale.setDefault(before);
    }
  }

  @ParameterizedTest
  @MethodSource("documents")
  void theDefaultGroupFindsExactlyTheErrorsOfTheEntryPoint(Document document) {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.ENGLISH);
    try {
      Set<ConstraintViolation<Document>> plain = PLAIN.validate(document);
      List<Violation> converted = plain.stream().map(Violation::from).collect(Collectors.toList());
      assertThat(ValidationReport.of(converted))
          .isEqualTo(ValidationReport.of(RcpValidator.validate(document, Locale.ENGLISH).errors()));
      assertThat(PLAIN.validate(document, jakarta.validation.groups.Default.class)).isEqualTo(plain);
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void theAlmatyDocumentHasNoViolationInTheDefaultGroupButItsWarningsInTheWarningsGroup() {
    Document almaty = AlmatyFixture.document();
    ValidationReport report = RcpValidator.validate(almaty, Locale.ENGLISH);
    assertThat(report.isValid()).isTrue();
    assertThat(report.warnings()).isNotEmpty();

    assertThat(PLAIN.validate(almaty)).isEmpty();
    assertThat(PLAIN.validate(almaty, Warnings.class)).extracting(v -> Violation.from(v).severity())
        .isNotEmpty().doesNotContain(Severity.ERROR).contains(Severity.WARNING);
  }

  @Test
  void invalidDocumentsReallyHaveViolationsOfSeveralKinds() {
    List<Document> docs = documents().collect(Collectors.toList());
    assertThat(RcpValidator.validate(docs.get(1), Locale.ENGLISH).violations()).extracting(Violation::code)
        .contains("chair.overlap", "chair.not-member", "role.conflict", "state.unknown-code",
            "date.before-establishment", "field.required");
    assertThat(RcpValidator.validate(docs.get(2), Locale.ENGLISH).violations()).extracting(Violation::code)
        .contains("id.duplicate", "field.invalid", "field.required", "ref.cycle");
  }

  @Test
  void ruleViolationsCarryCodeSeverityAndPointerAsDynamicPayloadAndAPropertyPath() {
    // A chair with no membership record in a year for which the member list is declared complete: an ERROR.
    ConstraintViolation<Document> violation = PLAIN.validate(with(process().addChairs(chair("TJK", "2014/2016"))
        .addCompleteLists(org.rcpmodel.CompleteList.builder().role(org.rcpmodel.Role.MEMBER).asOf(d("2015")).build())))
        .iterator().next();
    // RuleFinding's Javadoc shows these two lines; here they compile and run
    HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
    RuleFinding finding = hibernate.getDynamicPayload(RuleFinding.class); // null for Document's own fields
    assertThat(finding).isEqualTo(new RuleFinding("chair.not-member", Severity.ERROR, "/processes/0/chairs/0/chairs/0"));
    assertThat(violation.getPropertyPath()).hasToString("processes[0].chairs[0].chairs[0]");
    assertThat(JsonPointers.of(violation.getPropertyPath())).isEqualTo(finding.pointer());
  }

  @Test
  void validationFromManyThreadsGivesTheSameReport() throws Exception {
    Document document = documents().skip(1).findFirst().orElseThrow();
    ValidationReport expected = RcpValidator.validate(document, Locale.ENGLISH);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<ValidationReport>> results = pool.invokeAll(Stream.generate(
          () -> (java.util.concurrent.Callable<ValidationReport>) () -> RcpValidator.validate(document, Locale.ENGLISH))
          .limit(40).collect(Collectors.toList()));
      for (Future<ValidationReport> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }
}
