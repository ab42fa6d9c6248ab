package org.rcpmodel.validation;

import java.util.Objects;

/**
 * How many findings of one code and severity a {@link ValidationReport} counted but did not keep: a
 * report keeps at most a fixed number of findings of each code and severity (see
 * {@link RcpValidator#DEFAULT_CAP_PER_CODE}), so that a document with hundreds of thousands of
 * findings is reported in bounded memory. Because the cap applies to each severity apart, every
 * severity that occurs has at least one kept violation: {@link ValidationReport#isValid()} is exact.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the rule code; never null
 * @param severity the severity of the findings not kept; never null
 * @param count how many were not kept; at least 1
 */
public record OmittedFindings(String code, Severity severity, long count) {

  /**
   * Creates a count of omitted findings.
   *
   * @param code the rule code; not null
   * @param severity the severity of the findings not kept; not null
   * @param count how many were not kept; at least 1
   * @throws NullPointerException if {@code code} or {@code severity} is null
   * @throws IllegalArgumentException if {@code count} is less than 1
   */
  public OmittedFindings {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1: " + count);
    }
  }
}
