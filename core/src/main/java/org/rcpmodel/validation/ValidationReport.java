package org.rcpmodel.validation;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The outcome of validating a document: every violation found, with code, severity, JSON Pointer
 * path and message.
 *
 * <p>Immutable and thread-safe. Violations are held in a stable order (by path, then code, then
 * severity, then message), so that two reports of the same findings are equal and print alike.
 */
public final class ValidationReport {

  private static final Comparator<Violation> ORDER = Comparator.comparing(Violation::path)
      .thenComparing(Violation::code).thenComparing(Violation::severity).thenComparing(Violation::message);

  private final List<Violation> violations;

  private ValidationReport(List<Violation> violations) {
    this.violations = violations;
  }

  /**
   * Makes a report of the given violations.
   *
   * @param violations the violations, in any order; not null, no null element
   * @return the report, never null
   * @throws NullPointerException if {@code violations} or an element is null
   */
  public static ValidationReport of(List<Violation> violations) {
    Objects.requireNonNull(violations, "violations");
    return new ValidationReport(violations.stream().sorted(ORDER).collect(Collectors.toUnmodifiableList()));
  }

  /**
   * All violations.
   *
   * @return an unmodifiable list, never null
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * Tells whether the document is valid: it has no violation of severity ERROR (warnings and advice
   * do not make a document invalid).
   *
   * @return {@code true} when there is no ERROR
   */
  public boolean isValid() {
    return violations.stream().noneMatch(v -> v.severity() == Severity.ERROR);
  }

  /**
   * The violations of one severity.
   *
   * @param severity the severity; not null
   * @return an unmodifiable list, never null
   * @throws NullPointerException if {@code severity} is null
   */
  public List<Violation> withSeverity(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return violations.stream().filter(v -> v.severity() == severity).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The violations of one rule.
   *
   * @param code the rule code; not null
   * @return an unmodifiable list, never null; empty for a code nobody violated or an unknown code
   * @throws NullPointerException if {@code code} is null
   */
  public List<Violation> withCode(String code) {
    Objects.requireNonNull(code, "code");
    return violations.stream().filter(v -> v.code().equals(code)).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The errors.
   *
   * @return an unmodifiable list, never null
   */
  public List<Violation> errors() {
    return withSeverity(Severity.ERROR);
  }

  /**
   * The warnings.
   *
   * @return an unmodifiable list, never null
   */
  public List<Violation> warnings() {
    return withSeverity(Severity.WARNING);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ValidationReport other && violations.equals(other.violations);
  }

  @Override
  public int hashCode() {
    return violations.hashCode();
  }

  /** One line per violation: severity, code, path and message. */
  @Override
  public String toString() {
    if (violations.isEmpty()) {
      return "no violations";
    }
    return violations.stream().map(v -> v.severity() + " " + v.code() + " at " + (v.path().isEmpty() ? "/" : v.path())
        + ": " + v.message()).collect(Collectors.joining("\n"));
  }
}
