package org.rcpmodel.assertj;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.rcpmodel.validation.Severity;
import org.rcpmodel.validation.ValidationReport;
import org.rcpmodel.validation.Violation;

/**
 * Assertions on the violations of one rule code in a report, from
 * {@link ValidationReportAssert#hasViolation(String)}. Each narrowing method ({@link #at(String)},
 * {@link #withSeverity(Severity)}, {@link #withMessageContaining(String)}) asserts that at least one of
 * the violations kept so far matches, and keeps only those that do, so
 * {@code hasViolation("chair.overlap").at("/processes/0/chairs/1").withSeverity(WARNING)} asserts one
 * violation with all three. A failure message names the code, what was asked and what the report has.
 *
 * <p>Not thread-safe, like every AssertJ assertion object.
 */
public final class ViolationsAssert {

  private final ValidationReportAssert report;
  private final ValidationReport actual;
  private final String code;
  private final List<Violation> kept;
  private final String asked;

  ViolationsAssert(ValidationReportAssert report, ValidationReport actual, String code, List<Violation> kept) {
    this(report, actual, code, kept, "");
  }

  private ViolationsAssert(ValidationReportAssert report, ValidationReport actual, String code, List<Violation> kept,
      String asked) {
    this.report = report;
    this.actual = actual;
    this.code = code;
    this.kept = kept;
    this.asked = asked;
  }

  /**
   * Asserts that one of the violations is at this JSON Pointer, and keeps those that are.
   *
   * @param pointer the JSON Pointer, such as {@code /processes/0/chairs/3}; empty for the document; not null
   * @return assertions on the violations at the pointer, never null
   */
  public ViolationsAssert at(String pointer) {
    Objects.requireNonNull(pointer, "pointer");
    return narrow(" at " + (pointer.isEmpty() ? "/" : pointer), v -> v.path().equals(pointer),
        "%s is at %s".formatted(code, ValidationReportAssert.pointers(kept)));
  }

  /**
   * Asserts that one of the violations has this severity, and keeps those that have.
   *
   * @param severity the severity; not null
   * @return assertions on the violations of the severity, never null
   */
  public ViolationsAssert withSeverity(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return narrow(" of severity " + severity, v -> v.severity() == severity,
        "their severities are " + kept.stream().map(v -> v.severity().name()).distinct().collect(Collectors.joining(", ")));
  }

  /**
   * Asserts that the message of one of the violations contains this text, and keeps those whose do.
   *
   * @param text the text; not null
   * @return assertions on the violations whose message contains the text, never null
   */
  public ViolationsAssert withMessageContaining(String text) {
    Objects.requireNonNull(text, "text");
    return narrow(" with a message containing \"" + text + "\"", v -> v.message().contains(text),
        "their messages are " + kept.stream().map(v -> "\"" + v.message() + "\"").collect(Collectors.joining(", ")));
  }

  /**
   * Asserts that exactly this many violations are kept.
   *
   * @param count the number expected
   * @return this
   */
  public ViolationsAssert times(int count) {
    if (kept.size() != count) {
      report.fail("Expected %d violation(s) %s%s but found %d; the report has:%n%s", count, code, asked, kept.size(),
          actual);
    }
    return this;
  }

  /**
   * The violations kept so far, for checks of one's own.
   *
   * @return an unmodifiable list, never empty
   */
  public List<Violation> violations() {
    return List.copyOf(kept);
  }

  /**
   * Returns to the assertions on the whole report.
   *
   * @return the report's assertions
   */
  public ValidationReportAssert and() {
    return report;
  }

  private ViolationsAssert narrow(String what, Predicate<Violation> test, String butWhat) {
    List<Violation> matching = kept.stream().filter(test).collect(Collectors.toList());
    if (matching.isEmpty()) {
      report.fail("Expected a violation %s%s%s but %s; the report has:%n%s", code, asked, what, butWhat, actual);
    }
    return new ViolationsAssert(report, actual, code, matching, asked + what);
  }
}
