package org.rcpmodel.assertj;

import org.rcpmodel.validation.ValidationReport;

/**
 * The entry point of the rcp-model assertions, to import statically beside AssertJ's own
 * {@code Assertions.assertThat} (the overloads do not clash).
 */
public final class RcpAssertions {

  private RcpAssertions() {}

  /**
   * Starts assertions on a validation report.
   *
   * @param report the report; null fails every assertion but {@code isNull()}
   * @return the assertions, never null
   */
  public static ValidationReportAssert assertThat(ValidationReport report) {
    return new ValidationReportAssert(report);
  }
}
