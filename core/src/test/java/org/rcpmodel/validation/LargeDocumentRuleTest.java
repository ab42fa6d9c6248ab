package org.rcpmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rcpmodel.validation.Docs.*;
import static org.rcpmodel.validation.RuleCatalogue.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Meeting;
import org.rcpmodel.MeetingLevel;
import org.rcpmodel.Participant;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;

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
    ValidationReport report = validateAll(process);
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
    ValidationReport report = validateAll(process);
    assertThat(count(report, FACT_CONFLICT, Severity.WARNING)).isEqualTo(n / 2);
    assertThat(count(report, CHAIR_OVERLAP, Severity.ERROR)).isEqualTo(n / 2 - 1);
    assertThat(report.withCode(CHAIR_OVERLAP)).hasSize(n / 2 - 1);
  }

  @Test
  @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void fiveThousandMeetingsOfOneLevelAreEachComparedWithAllLowerOrdinals() {
    ConsultativeProcess.Builder process = process();
    int n = 5_000;
    // Ordinals rising with the dates, except that the last meeting is dated before the first.
    for (int i = 1; i < n; i++) {
      process.addMeetings(Meeting.builder().id("m" + i).level(MeetingLevel.SENIOR_OFFICIALS).ordinal(i)
          .period(Period.of(PartialDate.of(LocalDate.of(2013, 1, 1).plusDays(i)))).build());
    }
    process.addMeetings(Meeting.builder().id("last").level(MeetingLevel.SENIOR_OFFICIALS).ordinal(n)
        .period(p("2013-01-01")).build());
    ValidationReport report = validateAll(process);
    assertThat(report.withCode(MEETING_ORDINAL_ORDER)).singleElement()
        .satisfies(v -> assertThat(v.severity()).isEqualTo(Severity.ERROR))
        .satisfies(v -> assertThat(v.path()).isEqualTo("/processes/0/meetings/" + (n - 1) + "/ordinal"));
  }

  @Test
  @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void fortyThousandOpenEndedMembershipsOfOneStateAreEachOneDuplicateAndAnswerEveryHostAndChair() {
    ConsultativeProcess.Builder process = process();
    int n = 40_000;
    for (int i = 0; i < n; i++) {
      process.addParticipations(member("UZB", (2013 + i % 10) + "/.."));
    }
    for (int i = 0; i < 2_000; i++) {
      process.addMeetings(Meeting.builder().id("m" + i).level(MeetingLevel.SENIOR_OFFICIALS).host(i % 2 == 0 ? "UZB" : "TJK")
          .period(Period.of(PartialDate.of(LocalDate.of(2014, 1, 1).plusDays(i)))).build());
    }
    for (int i = 0; i < 5_000; i++) {
      process.addChairs(Chairmanship.builder().addChairs(Participant.state("UZB"))
          .period(p(i % 2 == 0 ? "2012/2013" : "2014/2015")).addSources("s1").build());
    }
    ValidationReport report = validateAll(process);
    assertThat(report.withCode(CHAIR_NOT_MEMBER)).hasSize(2_500)
        .allMatch(v -> v.message().contains("2012/2013"));
    assertThat(report.withCode(ROLE_DUPLICATE)).hasSize(n - 1).allMatch(v -> v.severity() == Severity.WARNING);
    assertThat(report.withCode(MEETING_HOST_NOT_PARTICIPANT)).hasSize(1_000)
        .allMatch(v -> v.severity() == Severity.INFO && v.message().contains("no record of the host TJK"));
  }
}
