package org.rcpmodel.modulepath;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.rcpmodel.ChairStatus;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.CompleteList;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Document;
import org.rcpmodel.Participant;
import org.rcpmodel.Role;
import org.rcpmodel.json.RcpJson;
import org.rcpmodel.json.RcpJsonException;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;
import org.rcpmodel.validation.RcpValidator;
import org.rcpmodel.validation.ValidationReport;
import org.rcpmodel.validation.Violation;
import org.rcpmodel.validation.Warnings;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uses the library the way an application does and prints what it saw, one {@code key=value} line
 * each (UTF-8), for {@code ModulePathTest} to check: reading a document with {@code RcpJson} and with
 * an application's own Jackson 3 mapper ({@code findAndAddModules()}), the typed error of a bad
 * input, the JSON Schema resource,
 * {@code RcpValidator} in English and Russian, and, given {@code bean-validation}, a default Bean
 * Validation {@code Validator} in the default and the {@link Warnings} group. Given
 * {@code no-provider}, it reports instead whether Hibernate Validator and EL can be loaded at all.
 *
 * <p>Usage: {@code ModulePathCheck DOCUMENT.json bean-validation|no-provider}.
 */
public final class ModulePathCheck {

  private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

  private ModulePathCheck() {}

  /**
   * Runs the checks.
   *
   * @param args the document file and the mode
   * @throws Exception if a check cannot run; the test then sees a failed process
   */
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    boolean beanValidation = args[1].equals("bean-validation");
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);

    out.println("module.core=" + Document.class.getModule().getName());
    out.println("module.json=" + RcpJson.class.getModule().getName());
    out.println("module.check=" + ModulePathCheck.class.getModule().getName());

    Document document = RcpJson.strict().read(file).document();
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    out.println("jackson3.mapper-reads-same-document=" + mapper.readValue(file.toFile(), Document.class).equals(document));
    out.println("jackson3.mapper-writes-rcpjson-bytes=" + mapper.writeValueAsString(document).equals(RcpJson.strict().write(document)));
    try {
      RcpJson.strict().read("{\"schemaVersion\": \"1.0\", \"title\": \"t\", \"processes\": 7}");
      out.println("bad-input=no error");
    } catch (RcpJsonException e) {
      out.println("bad-input=" + e.getCode() + " " + e.getPointer());
    }
    try (InputStream schema = RcpJson.class.getResourceAsStream(RcpJson.SCHEMA_RESOURCE)) {
      out.println("schema.readable=" + (schema != null && schema.read() == '{'));
    }

    ValidationReport almaty = RcpValidator.validate(document, Locale.ENGLISH);
    out.println("almaty.valid=" + almaty.isValid());
    out.println("almaty.report=" + summary(almaty));
    Document broken = withChairWhoIsNotAMember(document);
    ValidationReport brokenEn = RcpValidator.validate(broken, Locale.ENGLISH);
    // The added chair's ERROR: the dataset's own chair.not-member findings are WARNINGs.
    Violation notMember = firstNotMemberError(brokenEn);
    out.println("broken.report=" + summary(brokenEn));
    out.println("broken.not-member.path=" + notMember.path());
    out.println("broken.not-member.en=" + notMember.message());
    out.println("broken.not-member.ru=" + firstNotMemberError(RcpValidator.validate(broken, RUSSIAN)).message());

    if (beanValidation) {
      Locale.setDefault(Locale.ENGLISH);
      try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
        Validator validator = factory.getValidator();
        out.println("bv.provider-module=" + validator.getClass().getModule().getName());
        out.println("bv.almaty.default=" + summary(report(validator.validate(document))));
        out.println("bv.almaty.warnings=" + summary(report(validator.validate(document, Warnings.class))));
        out.println("bv.broken.default=" + summary(report(validator.validate(broken))));
        out.println("bv.broken.warnings=" + summary(report(validator.validate(broken, Warnings.class))));
        out.println("bv.broken.default-is-the-errors=" + report(validator.validate(broken)).equals(ValidationReport.of(brokenEn.errors())));
        out.println("bv.broken.warnings-is-the-report=" + report(validator.validate(broken, Warnings.class)).equals(brokenEn));
      }
      out.println("bv.rcp-validator.ru=" + RcpValidator.validator(RUSSIAN).validate(broken).stream().map(Violation::from)
          .filter(v -> v.code().equals("chair.not-member")).findFirst().map(Violation::message).orElse("none"));
    } else {
      out.println("hibernate-validator.loadable=" + loadable("org.hibernate.validator.HibernateValidator"));
      out.println("el.loadable=" + loadable("jakarta.el.ExpressionFactory"));
    }
  }

  /**
   * The document with one more chair term in its first process, held by a State that is not a member,
   * and a complete member list dated in that term: a {@code chair.not-member} ERROR.
   *
   * @param document a document with at least one process
   * @return the changed document
   */
  public static Document withChairWhoIsNotAMember(Document document) {
    ConsultativeProcess first = document.getProcesses().get(0);
    ConsultativeProcess changed = ConsultativeProcess.builder().from(first)
        .addChairs(Chairmanship.builder().addChairs(Participant.state("ITA")).period(Period.parse("2030/2032"))
            .status(ChairStatus.INCOMING).build())
        // The member list declared complete in the term: without it, no membership record is open-world advice.
        .addCompleteLists(CompleteList.builder().role(Role.MEMBER).asOf(PartialDate.parse("2031")).build())
        .build();
    List<ConsultativeProcess> processes = new ArrayList<>(document.getProcesses());
    processes.set(0, changed);
    return Document.builder().from(document).processes(processes).build();
  }

  /**
   * The severity, code and pointer of each violation, in the report's order, without messages.
   *
   * @param report the report
   * @return one text, entries separated by {@code ;}
   */
  public static String summary(ValidationReport report) {
    return report.violations().stream().map(v -> v.severity() + " " + v.code() + " " + v.path())
        .collect(Collectors.joining(";"));
  }

  private static ValidationReport report(Set<ConstraintViolation<Document>> violations) {
    return ValidationReport.of(violations.stream().map(Violation::from).collect(Collectors.toList()));
  }

  private static boolean loadable(String className) {
    try {
      Class.forName(className, false, ModulePathCheck.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** The first ERROR with the code {@code chair.not-member}; fails if there is none. */
  static Violation firstNotMemberError(ValidationReport report) {
    return report.errors().stream().filter(v -> v.code().equals("chair.not-member")).findFirst().orElseThrow();
  }
}
