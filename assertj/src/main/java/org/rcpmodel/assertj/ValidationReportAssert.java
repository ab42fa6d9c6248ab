package org.rcpmodel.assertj;

import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.rcpmodel.validation.Severity;
import org.rcpmodel.validation.ValidationReport;
import org.rcpmodel.validation.Violation;

/**
 * Assertions on a {@link ValidationReport}. Each method fails with an {@link AssertionError} whose
 * message says what was expected and lists the report's violations; each returns this object (or,
 * for {@link #hasViolation(String)}, assertions on the violations found) so that checks chain.
 *
 * <p>Not thread-safe, like every AssertJ assertion object; the report itself is immutable.
 */
public final class ValidationReportAssert extends AbstractAssert<ValidationReportAssert, ValidationReport> {

  ValidationReportAssert(ValidationReport actual) {
    super(actual, ValidationReportAssert.class);
  }

  /**
   * Asserts that the report has no ERROR, so the document is valid; warnings and advice are allowed.
   *
   * @return this
   */
  public ValidationReportAssert hasNoErrors() {
    isNotNull();
    if (!actual.isValid()) {
      failWithMessage("Expected no errors but the report has %d:%n%s", actual.errors().size(), lines(actual.errors()));
    }
    return this;
  }

  /**
   * Asserts that the report has no WARNING (it may have errors and advice).
   *
   * @return this
   */
  public ValidationReportAssert hasNoWarnings() {
    isNotNull();
    if (!actual.warnings().isEmpty()) {
      failWithMessage("Expected no warnings but the report has %d:%n%s", actual.warnings().size(),
          lines(actual.warnings()));
    }
    return this;
  }

  /**
   * Asserts that the report has no violation at all, of any severity.
   *
   * @return this
   */
  public ValidationReportAssert hasNoViolations() {
    isNotNull();
    if (!actual.violations().isEmpty()) {
      failWithMessage("Expected no violations but the report has %d:%n%s", actual.violations().size(), actual);
    }
    return this;
  }

  /**
   * Asserts that the report has at least one violation with this code, and returns assertions on
   * those violations, to narrow them by place, severity or message.
   *
   * @param code the rule code, such as {@code chair.not-member}; not null
   * @return assertions on the violations with this code, never null
   */
  public ViolationsAssert hasViolation(String code) {
    isNotNull();
    List<Violation> found = actual.withCode(code);
    if (found.isEmpty()) {
      failWithMessage("Expected a violation %s but the report has:%n%s", code, actual);
    }
    return new ViolationsAssert(this, actual, code, found);
  }

  /**
   * Asserts that the report has a violation with this code at this JSON Pointer, of any severity.
   *
   * @param code the rule code; not null
   * @param pointer the JSON Pointer, such as {@code /processes/0/chairs/3}; empty for the document
   * @return this
   */
  public ValidationReportAssert hasViolation(String code, String pointer) {
    hasViolation(code).at(pointer);
    return this;
  }

  /**
   * Asserts that the report has a violation with this code and severity at this JSON Pointer.
   *
   * @param code the rule code; not null
   * @param severity the severity; not null
   * @param pointer the JSON Pointer; empty for the document
   * @return this
   */
  public ValidationReportAssert hasViolation(String code, Severity severity, String pointer) {
    hasViolation(code).at(pointer).withSeverity(severity);
    return this;
  }

  /**
   * Asserts that exactly one violation has this code, and that it has this severity and pointer.
   *
   * @param code the rule code; not null
   * @param severity the severity; not null
   * @param pointer the JSON Pointer; empty for the document
   * @return this
   */
  public ValidationReportAssert hasSingleViolation(String code, Severity severity, String pointer) {
    isNotNull();
    List<Violation> withCode = actual.withCode(code);
    if (withCode.size() != 1 || withCode.get(0).severity() != severity || !withCode.get(0).path().equals(pointer)) {
      failWithMessage("Expected exactly one %s, a %s at %s, but the report has:%n%s", code, severity, pointer, actual);
    }
    return this;
  }

  /**
   * Asserts that no violation has this code.
   *
   * @param code the rule code; not null
   * @return this
   */
  public ValidationReportAssert hasNoViolation(String code) {
    isNotNull();
    if (!actual.withCode(code).isEmpty()) {
      failWithMessage("Expected no %s but the report has:%n%s", code, actual);
    }
    return this;
  }

  static String lines(List<Violation> violations) {
    return ValidationReport.of(violations).toString();
  }

  /** Fails with a message; for {@link ViolationsAssert}, which reports through the report's assertions. */
  void fail(String message, Object... arguments) {
    failWithMessage(message, arguments);
  }

  static String pointers(List<Violation> violations) {
    return violations.stream().map(v -> v.path().isEmpty() ? "/" : v.path()).distinct()
        .collect(Collectors.joining(", "));
  }
}
