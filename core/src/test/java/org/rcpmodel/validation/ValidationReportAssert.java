package org.rcpmodel.validation;

import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions for a {@link ValidationReport}, shipped in core's test jar:
 * {@code ValidationReportAssert.assertThat(report).hasViolation("chair.overlap", "/processes/0/chairs/1").hasNoErrors()}.
 * Failure messages list every violation of the report.
 */
public final class ValidationReportAssert extends AbstractAssert<ValidationReportAssert, ValidationReport> {

  private ValidationReportAssert(ValidationReport actual) {
    super(actual, ValidationReportAssert.class);
  }

  /**
   * Starts assertions on a report.
   *
   * @param report the report
   * @return the assertions
   */
  public static ValidationReportAssert assertThat(ValidationReport report) {
    return new ValidationReportAssert(report);
  }

  /** Asserts a violation with this code at this JSON Pointer, of any severity. */
  public ValidationReportAssert hasViolation(String code, String path) {
    isNotNull();
    if (matching(code, null, path).isEmpty()) {
      failWithMessage("Expected a violation %s at %s but the report has:%n%s", code, path, actual);
    }
    return this;
  }

  /** Asserts a violation with this code and severity at this JSON Pointer. */
  public ValidationReportAssert hasViolation(String code, Severity severity, String path) {
    isNotNull();
    if (matching(code, severity, path).isEmpty()) {
      failWithMessage("Expected a %s %s at %s but the report has:%n%s", severity, code, path, actual);
    }
    return this;
  }

  /** Asserts that exactly one violation has this code, and that it has this severity and path. */
  public ValidationReportAssert hasSingleViolation(String code, Severity severity, String path) {
    isNotNull();
    List<Violation> withCode = actual.withCode(code);
    if (withCode.size() != 1 || withCode.get(0).severity() != severity || !withCode.get(0).path().equals(path)) {
      failWithMessage("Expected exactly one %s, a %s at %s, but the report has:%n%s", code, severity, path, actual);
    }
    return this;
  }

  /** Asserts that no violation has this code. */
  public ValidationReportAssert hasNoViolation(String code) {
    isNotNull();
    if (!actual.withCode(code).isEmpty()) {
      failWithMessage("Expected no %s but the report has:%n%s", code, actual);
    }
    return this;
  }

  /** Asserts that the report has no ERROR (the document is valid). */
  public ValidationReportAssert hasNoErrors() {
    isNotNull();
    if (!actual.isValid()) {
      failWithMessage("Expected no errors but the report has:%n%s",
          actual.errors().stream().map(Violation::toString).collect(Collectors.joining("\n")));
    }
    return this;
  }

  /** Asserts that the report has no violation at all. */
  public ValidationReportAssert isEmpty() {
    isNotNull();
    if (!actual.violations().isEmpty()) {
      failWithMessage("Expected no violations but the report has:%n%s", actual);
    }
    return this;
  }

  private List<Violation> matching(String code, Severity severity, String path) {
    return actual.violations().stream()
        .filter(v -> v.code().equals(code) && v.path().equals(path) && (severity == null || v.severity() == severity))
        .collect(Collectors.toList());
  }
}
