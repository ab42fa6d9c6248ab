package org.rcpmodel.validation;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The outcome of validating a document: every violation found, with code, severity, JSON Pointer
 * path and message.
 *
 * <p>A report may be bounded: it then keeps at most a fixed number of violations of each code and
 * severity and counts the others in {@link #omitted()}; {@link #count(Severity)} and
 * {@link #count(String)} give the true totals.
 *
 * <p>Immutable and thread-safe. Violations are held in a stable order (by path, then code, then
 * severity, then message), so that two reports of the same findings are equal and print alike.
 */
public final class ValidationReport {

  private static final Comparator<Violation> ORDER = Comparator.comparing(Violation::path)
      .thenComparing(Violation::code).thenComparing(Violation::severity).thenComparing(Violation::message);

  private final List<Violation> violations;
  private final List<OmittedFindings> omitted;

  private ValidationReport(List<Violation> violations, List<OmittedFindings> omitted) {
    this.violations = violations;
    this.omitted = omitted;
  }

  /**
   * Makes a report of the given violations.
   *
   * @param violations the violations, in any order; not null, no null element
   * @return the report, never null
   * @throws NullPointerException if {@code violations} or an element is null
   */
  public static ValidationReport of(List<Violation> violations) {
    return of(violations, List.of());
  }

  /**
   * Makes a bounded report: the violations kept, and the counts of those not kept.
   *
   * @param violations the violations kept, in any order; not null, no null element
   * @param omitted how many violations of each code and severity were not kept; not null, no null
   *     element
   * @return the report, never null
   * @throws NullPointerException if an argument or an element is null
   */
  public static ValidationReport of(List<Violation> violations, List<OmittedFindings> omitted) {
    Objects.requireNonNull(violations, "violations");
    return new ValidationReport(violations.stream().sorted(ORDER).collect(Collectors.toUnmodifiableList()),
        List.copyOf(omitted));
  }

  /**
   * How many violations of each code and severity were found but not kept.
   *
   * @return an unmodifiable list, in catalogue then severity order; empty when the report is complete
   */
  public List<OmittedFindings> omitted() {
    return omitted;
  }

  /**
   * Tells whether every violation found is kept in {@link #violations()}.
   *
   * @return {@code true} when nothing was omitted
   */
  public boolean isComplete() {
    return omitted.isEmpty();
  }

  /**
   * How many violations of one severity were found, kept or not.
   *
   * @param severity the severity; not null
   * @return the true count
   * @throws NullPointerException if {@code severity} is null
   */
  public long count(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    long kept = violations.stream().filter(v -> v.severity() == severity).count();
    return kept + omitted.stream().filter(o -> o.severity() == severity).mapToLong(OmittedFindings::count).sum();
  }

  /**
   * How many violations of one rule were found, kept or not.
   *
   * @param code the rule code; not null
   * @return the true count; 0 for a code nobody violated or an unknown code
   * @throws NullPointerException if {@code code} is null
   */
  public long count(String code) {
    Objects.requireNonNull(code, "code");
    long kept = violations.stream().filter(v -> v.code().equals(code)).count();
    return kept + omitted.stream().filter(o -> o.code().equals(code)).mapToLong(OmittedFindings::count).sum();
  }

  /**
   * All violations kept (every violation found, unless {@link #omitted()} says otherwise).
   *
   * @return an unmodifiable list, never null
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * Tells whether the document is valid: it has no violation of severity ERROR (warnings and advice
   * do not make a document invalid). Exact for a bounded report too: the cap applies to each
   * severity apart, so an ERROR found is always kept.
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
    return obj instanceof ValidationReport other && violations.equals(other.violations)
        && omitted.equals(other.omitted);
  }

  @Override
  public int hashCode() {
    return violations.hashCode() * 31 + omitted.hashCode();
  }

  /** One line per violation: severity, code, path and message; then one line per omitted count. */
  @Override
  public String toString() {
    if (violations.isEmpty()) {
      return "no violations";
    }
    String kept = violations.stream().map(v -> v.severity() + " " + v.code() + " at "
        + (v.path().isEmpty() ? "/" : v.path()) + ": " + v.message()).collect(Collectors.joining("\n"));
    return omitted.isEmpty() ? kept : kept + "\n" + omitted.stream()
        .map(o -> "… " + o.count() + " more " + o.severity() + " " + o.code() + " not kept")
        .collect(Collectors.joining("\n"));
  }
}
