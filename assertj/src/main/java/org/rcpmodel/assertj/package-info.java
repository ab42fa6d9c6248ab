/**
 * AssertJ assertions for a {@link org.rcpmodel.validation.ValidationReport}. Start from
 * {@link org.rcpmodel.assertj.RcpAssertions#assertThat(org.rcpmodel.validation.ValidationReport)}:
 * <pre>{@code
 * import static org.rcpmodel.assertj.RcpAssertions.assertThat;
 *
 * assertThat(RcpValidator.validate(document)).hasNoErrors();
 * assertThat(report).hasViolation("chair.not-member").at("/processes/0/chairs/3").withSeverity(Severity.ERROR);
 * }</pre>
 * A failed assertion's message lists the violations of the report, one per line, as
 * {@link org.rcpmodel.validation.ValidationReport#toString()} prints them.
 */
package org.rcpmodel.assertj;
