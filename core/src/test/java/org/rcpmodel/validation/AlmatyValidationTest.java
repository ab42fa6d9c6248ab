package org.rcpmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.rcpmodel.AlmatyFixture;

/** The Almaty Process of docs/DOMAIN.md section 2 against the whole catalogue. */
class AlmatyValidationTest {

  private final ValidationReport report = RcpValidator.validate(AlmatyFixture.document(), Locale.ENGLISH);

  @Test
  void almatyHasNoError() {
    ValidationReportAssert.assertThat(report).hasNoErrors();
  }

  @Test
  void almatyGetsExactlyTheseWarnings() {
    assertThat(report.warnings()).extracting(Violation::code, Violation::path).containsExactlyInAnyOrder(
        // Kazakhstan chaired 2013-06 to some day in 2016: at least 30 months, surely more than the
        // declared 24 months give or take one.
        tuple("chair.term-length", "/processes/0/chairs/0/period"),
        // Azerbaijan's term ends in 2024 and Kazakhstan's starts in April 2025: at least January to
        // March 2025 had no chair on record.
        tuple("chair.gap", "/processes/0/chairs/5"),
        // The seed gives IOM both 175 and 173 member States for April 2025: one fact, two values.
        tuple("fact.conflict", "/organizations/0/figures/1"));
  }

  @Test
  void almatyGetsThisAdvice() {
    // Not here: 2018/2020 then 2021/2022, and 2021/2022 then 2023/2024 start in the year right
    // after the previous term's year, which is how consecutive terms are written (no chair.gap).
    assertThat(report.withSeverity(Severity.INFO)).extracting(Violation::code, Violation::path).containsExactlyInAnyOrder(
        // The press release gives the process's figures without the date they refer to.
        tuple("figure.unsourced", "/processes/0/figures/0"),
        tuple("figure.unsourced", "/processes/0/figures/1"),
        tuple("figure.unsourced", "/processes/0/figures/2"),
        tuple("figure.unsourced", "/processes/0/figures/3"),
        // Kazakhstan hosts the First Ministerial Conference on 2013-06-05, and its membership is
        // recorded from 2013-06: it may have begun after the 5th, as ProcessQuery.takesPart answers
        // (MAYBE), so the host may not yet have taken part. Advice only.
        tuple("meeting.host-not-participant", "/processes/0/meetings/1/host"));
  }
}
