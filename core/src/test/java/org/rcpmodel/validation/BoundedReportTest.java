package org.rcpmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rcpmodel.validation.Docs.*;
import static org.rcpmodel.validation.RuleCatalogue.*;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Meeting;
import org.rcpmodel.MeetingLevel;
import org.rcpmodel.Participant;

/** A report keeps the first findings of each code and severity and counts the rest truly. */
class BoundedReportTest {

  private static ConsultativeProcess.Builder concurrentTerms(int n) {
    ConsultativeProcess.Builder process = process();
    for (int i = 0; i < n; i++) {
      process.addChairs(Chairmanship.builder().addChairs(Participant.state("KAZ")).period(p("2013/2014"))
          .addSources("s1").build());
    }
    return process;
  }

  @Test
  void aReportKeepsTheDefaultCapOfOneCodeAndCountsTheRest() {
    ValidationReport report = validate(concurrentTerms(5_001));
    assertThat(report.withCode(CHAIR_OVERLAP)).hasSize(RcpValidator.DEFAULT_CAP_PER_CODE);
    assertThat(report.count(CHAIR_OVERLAP)).isEqualTo(5_000);
    assertThat(report.count(Severity.ERROR)).isEqualTo(5_000);
    assertThat(report.omitted()).containsExactly(new OmittedFindings(CHAIR_OVERLAP, Severity.ERROR, 4_000));
    assertThat(report.isComplete()).isFalse();
    assertThat(report.isValid()).isFalse();
    assertThat(report.toString()).endsWith("… 4000 more ERROR chair.overlap not kept");
  }

  @Test
  void theKeptFindingsAreTheSameWhateverTheCapAboveTheirNumber() {
    ValidationReport all = RcpValidator.validate(with(concurrentTerms(30)), Locale.ENGLISH, Integer.MAX_VALUE);
    ValidationReport capped = RcpValidator.validate(with(concurrentTerms(30)), Locale.ENGLISH, 29);
    assertThat(capped).isEqualTo(all);
    assertThat(capped.isComplete()).isTrue();
    ValidationReport smaller = RcpValidator.validate(with(concurrentTerms(30)), Locale.ENGLISH, 10);
    assertThat(all.violations()).containsAll(smaller.violations());
    assertThat(smaller.count(CHAIR_OVERLAP)).isEqualTo(all.count(CHAIR_OVERLAP)).isEqualTo(29);
  }

  @Test
  void theCapAppliesToEachSeveritySoALaterSureFindingIsStillKept() {
    // As of 2025-01-01: a meeting in 2025 may lie after it (INFO), one in 2027 surely does (WARNING).
    ConsultativeProcess.Builder process = process();
    for (int i = 0; i < 5; i++) {
      process.addMeetings(Meeting.builder().id("m" + i).level(MeetingLevel.THEMATIC).period(p("2025")).build());
    }
    process.addMeetings(Meeting.builder().id("late").level(MeetingLevel.THEMATIC).period(p("2027")).build());
    ValidationReport report = RcpValidator.validate(with(process), Locale.ENGLISH, 2);
    assertThat(report.withCode(DATE_AFTER_ASOF)).extracting(Violation::severity)
        .containsExactlyInAnyOrder(Severity.INFO, Severity.INFO, Severity.WARNING);
    assertThat(report.omitted()).containsExactly(new OmittedFindings(DATE_AFTER_ASOF, Severity.INFO, 3));
    assertThat(report.count(Severity.INFO)).isEqualTo(5);
  }

  @Test
  void aCapBelowOneIsRejected() {
    assertThatThrownBy(() -> RcpValidator.validate(with(process()), Locale.ENGLISH, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    assertThatThrownBy(() -> new OmittedFindings(CHAIR_OVERLAP, Severity.ERROR, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
