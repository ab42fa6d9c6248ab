package org.rcpmodel.examples.spring;

import java.util.List;
import org.rcpmodel.validation.Severity;
import org.rcpmodel.validation.ValidationReport;

/**
 * The full report of {@code POST /documents/validate}: whether the document has no ERROR, the count
 * of each severity, and every finding in the validator's order. Immutable.
 *
 * @param valid true when no finding is an ERROR
 * @param errors the number of ERRORs
 * @param warnings the number of WARNINGs
 * @param infos the number of INFOs
 * @param findings every finding
 */
public record DocumentReport(boolean valid, int errors, int warnings, int infos, List<Finding> findings) {

  /**
   * The report of a validation.
   *
   * @param report the validator's report; not null
   * @return the answer, never null
   */
  public static DocumentReport of(ValidationReport report) {
    return new DocumentReport(report.isValid(), report.withSeverity(Severity.ERROR).size(),
        report.withSeverity(Severity.WARNING).size(), report.withSeverity(Severity.INFO).size(),
        report.violations().stream().map(Finding::of).toList());
  }
}
