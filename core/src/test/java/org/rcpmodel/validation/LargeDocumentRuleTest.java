package org.rcpmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rcpmodel.validation.Docs.*;
import static org.rcpmodel.validation.RuleCatalogue.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Participant;

/**
 * The rules on documents far larger than any real one, where one chair set, one State or one
 * meeting level holds tens of thousands of records: the findings are the expected ones, and the
 * generous timeout fails the test when a rule compares records pairwise again (the sweeps finish
 * these in well under a second; pairwise comparison takes minutes).
 */
class LargeDocumentRuleTest {

  private static Chairmanship kazakhstan(String period, String source) {
    return Chairmanship.builder().addChairs(Participant.state("KAZ")).period(p(period)).addSources(source).build();
  }

  private static long count(ValidationReport report, String code, Severity severity) {
    return report.withCode(code).stream().filter(v -> v.severity() == severity).count();
  }

  @Test
  @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void twentyThousandConcurrentTermsOfOneChairAreEachOneOverlap() {
    ConsultativeProcess.Builder process = process();
    int n = 20_000;
    for (int i = 0; i < n; i++) {
      process.addChairs(kazakhstan(i % 2 == 0 ? "2013/2014" : "2013/..", "s1"));
    }
    ValidationReport report = validate(process);
    List<Violation> overlaps = report.withCode(CHAIR_OVERLAP);
    assertThat(overlaps).hasSize(n - 1).allMatch(v -> v.severity() == Severity.ERROR);
    assertThat(overlaps).extracting(Violation::path).doesNotContain("/processes/0/chairs/0");
    assertThat(report.withCode(FACT_CONFLICT)).isEmpty();
  }

  @Test
  @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void twentyThousandTermsOfOneChairFromTwoSourcesAreHalfFactConflictsHalfOverlaps() {
    ConsultativeProcess.Builder process = process();
    int n = 20_000;
    for (int i = 0; i < n; i++) {
      process.addChairs(i % 2 == 0 ? kazakhstan("2013/2014", "s1") : kazakhstan("2013/2015", "s2"));
    }
    ValidationReport report = validate(process);
    assertThat(count(report, FACT_CONFLICT, Severity.WARNING)).isEqualTo(n / 2);
    assertThat(count(report, CHAIR_OVERLAP, Severity.ERROR)).isEqualTo(n / 2 - 1);
    assertThat(report.withCode(CHAIR_OVERLAP)).hasSize(n / 2 - 1);
  }
}
