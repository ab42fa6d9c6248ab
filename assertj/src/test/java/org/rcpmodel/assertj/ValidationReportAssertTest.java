package org.rcpmodel.assertj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rcpmodel.assertj.RcpAssertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.rcpmodel.AlmatyFixture;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Document;
import org.rcpmodel.Participant;
import org.rcpmodel.time.Period;
import org.rcpmodel.validation.RcpValidator;
import org.rcpmodel.validation.Severity;
import org.rcpmodel.validation.ValidationReport;
import org.rcpmodel.validation.Violation;

class ValidationReportAssertTest {

  private static final ValidationReport REPORT = ValidationReport.of(List.of(
      new Violation("chair.not-member", Severity.ERROR, "/processes/0/chairs/3/chairs/0", "ITA chairs without being a member"),
      new Violation("chair.not-member", Severity.WARNING, "/processes/0/chairs/5/chairs/0", "KAZ may chair without being a member"),
      new Violation("chair.term-length", Severity.WARNING, "/processes/0/chairs/0/period", "the term is long"),
      new Violation("figure.unsourced", Severity.INFO, "/processes/0/figures/0", "no source")));
  private static final ValidationReport ADVICE_ONLY = ValidationReport.of(List.of(
      new Violation("figure.unsourced", Severity.INFO, "/processes/0/figures/0", "no source")));
  private static final ValidationReport EMPTY = ValidationReport.of(List.of());

  @Test
  void theAlmatyDocumentHasNoErrorsButWarnings() {
    ValidationReport almaty = RcpValidator.validate(AlmatyFixture.document(), Locale.ENGLISH);
    assertThat(almaty).hasNoErrors().hasViolation("chair.term-length").withSeverity(Severity.WARNING);
    assertThatThrownBy(() -> assertThat(almaty).hasNoWarnings()).isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected no warnings").hasMessageContaining("chair.term-length");
  }

  @Test
  void aChairWhoIsNotAMemberIsFoundAtItsPointer() {
    ConsultativeProcess almaty = AlmatyFixture.process();
    int index = almaty.getChairs().size();
    Document document = Document.builder().from(AlmatyFixture.document()).processes(List.of(ConsultativeProcess.builder()
        .from(almaty).addChairs(Chairmanship.builder().addChairs(Participant.state("ITA")).period(Period.parse("2030/2032"))
            .build())
        // The member list declared complete in the term: ITA, recorded as an observer only, surely is no member
        // (without the list that is open-world advice, an INFO).
        .addCompleteLists(org.rcpmodel.CompleteList.builder().role(org.rcpmodel.Role.MEMBER)
            .asOf(org.rcpmodel.time.PartialDate.parse("2031")).build())
        .build())).build();
    ValidationReport report = RcpValidator.validate(document, Locale.ENGLISH);

    assertThat(report).hasViolation("chair.not-member").at("/processes/0/chairs/" + index + "/chairs/0")
        .withSeverity(Severity.ERROR).withMessageContaining("ITA");
    assertThatThrownBy(() -> assertThat(report).hasNoErrors()).isInstanceOf(AssertionError.class)
        .hasMessageContaining("ERROR chair.not-member at /processes/0/chairs/" + index + "/chairs/0");
  }

  @Test
  void hasNoErrorsPassesOnWarningsAndAdviceAndFailsListingOnlyTheErrors() {
    assertThat(ADVICE_ONLY).hasNoErrors().hasNoWarnings();
    assertThat(EMPTY).hasNoErrors().hasNoWarnings().hasNoViolations();
    assertThatThrownBy(() -> assertThat(REPORT).hasNoErrors()).isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected no errors but the report has 1:")
        .hasMessageContaining("ERROR chair.not-member at /processes/0/chairs/3/chairs/0")
        .hasMessageNotContaining("chair.term-length");
    assertThatThrownBy(() -> assertThat(ADVICE_ONLY).hasNoViolations()).isInstanceOf(AssertionError.class)
        .hasMessageContaining("INFO figure.unsourced at /processes/0/figures/0");
  }

  @Test
  void hasViolationNarrowsByPointerThenSeverityThenMessage() {
    assertThat(REPORT).hasViolation("chair.not-member").times(2).at("/processes/0/chairs/5/chairs/0").times(1)
        .withSeverity(Severity.WARNING).withMessageContaining("KAZ").and().hasViolation("figure.unsourced");
    assertThat(REPORT).hasViolation("chair.not-member", "/processes/0/chairs/3/chairs/0")
        .hasViolation("chair.not-member", Severity.WARNING, "/processes/0/chairs/5/chairs/0")
        .hasSingleViolation("chair.term-length", Severity.WARNING, "/processes/0/chairs/0/period")
        .hasNoViolation("chair.overlap");
    assertThat(assertThat(REPORT).hasViolation("chair.not-member").withSeverity(Severity.ERROR).violations())
        .isEqualTo(REPORT.errors()).hasSize(1);
  }

  @Test
  void aMissingCodeFailsListingTheReport() {
    assertThatThrownBy(() -> assertThat(REPORT).hasViolation("chair.overlap")).isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected a violation chair.overlap but the report has:")
        .hasMessageContaining("WARNING chair.term-length at /processes/0/chairs/0/period");
  }

  @Test
  void aWrongPointerFailsNamingWhereTheCodeIs() {
    assertThatThrownBy(() -> assertThat(REPORT).hasViolation("chair.not-member").at("/processes/0/chairs/4"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected a violation chair.not-member at /processes/0/chairs/4 but chair.not-member is at "
            + "/processes/0/chairs/3/chairs/0, /processes/0/chairs/5/chairs/0");
  }

  @Test
  void narrowingKeepsOnlyWhatMatchedSoAWrongSeverityAtAPointerFails() {
    // chair.not-member has a WARNING, but not at chairs/3: the severity is checked on what "at" kept
    assertThatThrownBy(() -> assertThat(REPORT).hasViolation("chair.not-member").at("/processes/0/chairs/3/chairs/0")
        .withSeverity(Severity.WARNING)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected a violation chair.not-member at /processes/0/chairs/3/chairs/0 of severity WARNING "
            + "but their severities are ERROR");
    assertThatThrownBy(() -> assertThat(REPORT).hasViolation("chair.not-member").withMessageContaining("UZB"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("with a message containing \"UZB\"")
        .hasMessageContaining("\"ITA chairs without being a member\"");
    assertThatThrownBy(() -> assertThat(REPORT).hasViolation("chair.not-member").times(1))
        .isInstanceOf(AssertionError.class).hasMessageContaining("Expected 1 violation(s) chair.not-member but found 2");
  }

  @Test
  void theOtherChecksFailWhenTheyShould() {
    assertThatThrownBy(() -> assertThat(REPORT).hasNoViolation("chair.term-length")).isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected no chair.term-length");
    assertThatThrownBy(() -> assertThat(REPORT).hasSingleViolation("chair.not-member", Severity.ERROR,
        "/processes/0/chairs/3/chairs/0")).isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected exactly one chair.not-member");
    assertThatThrownBy(() -> assertThat(REPORT).hasViolation("chair.term-length", Severity.ERROR,
        "/processes/0/chairs/0/period")).isInstanceOf(AssertionError.class).hasMessageContaining("of severity ERROR");
    assertThatThrownBy(() -> assertThat((ValidationReport) null).hasNoErrors()).isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting actual not to be null");
  }
}
