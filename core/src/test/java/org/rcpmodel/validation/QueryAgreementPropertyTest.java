package org.rcpmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.rcpmodel.validation.Docs.*;
import static org.rcpmodel.validation.RuleCatalogue.*;
import static org.rcpmodel.validation.ValidationReportAssert.assertThat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Declaration;
import org.rcpmodel.Document;
import org.rcpmodel.Meeting;
import org.rcpmodel.MeetingLevel;
import org.rcpmodel.Participant;
import org.rcpmodel.Role;
import org.rcpmodel.query.ProcessQuery;
import org.rcpmodel.time.Answer;
import org.rcpmodel.time.PartialDate;

/**
 * The validator and {@link ProcessQuery} give the same answer about the same records and date: a
 * host or adopter is reported exactly when the query does not answer YES to "takes part then",
 * surely (at the rule's severity) when it answers NO, possibly (one step lower) when MAYBE.
 */
class QueryAgreementPropertyTest {

  /** Whether a date is or may be from before the process was established (such records are exempt). */
  private static boolean exempt(ConsultativeProcess process, PartialDate date) {
    Optional<PartialDate> established = process.getEstablished();
    return established.isPresent() && !established.get().encloses(date)
        && date.isBefore(established.get()) != Answer.NO;
  }

  private static Optional<Severity> expected(Answer takesPart, Severity rule) {
    return switch (takesPart) {
      case YES -> Optional.empty();
      case NO -> Optional.of(rule);
      default -> Optional.of(rule.lowered());
    };
  }

  @Test
  void hostAndAdopterFindingsAreExactlyWhatTheQueryAnswers() {
    qt().withExamples(1000).forAll(longs().all()).checkAssert(seed -> {
      Document doc = RandomDocuments.of(seed);
      ValidationReport report = RcpValidator.validate(doc, Locale.ENGLISH, Integer.MAX_VALUE);
      Map<String, Severity> found = new HashMap<>();
      for (Violation v : report.violations()) {
        if (v.code().equals(MEETING_HOST_NOT_PARTICIPANT) || v.code().equals(DECLARATION_ADOPTER_NOT_PARTICIPANT)) {
          found.put(v.path(), v.severity());
        }
      }
      Map<String, Severity> expected = new HashMap<>();
      for (int p = 0; p < doc.getProcesses().size(); p++) {
        ConsultativeProcess process = doc.getProcesses().get(p);
        ProcessQuery query = ProcessQuery.of(process);
        for (int m = 0; m < process.getMeetings().size(); m++) {
          Meeting meeting = process.getMeetings().get(m);
          Optional<PartialDate> date = meeting.getPeriod().getStart();
          if (meeting.getHost().isPresent() && date.isPresent() && !exempt(process, date.get())) {
            Answer takesPart = query.takesPart(Participant.state(meeting.getHost().get()), date.get());
            String path = "/processes/" + p + "/meetings/" + m + "/host";
            expected(takesPart, Severity.WARNING).ifPresent(s -> expected.put(path, s));
          }
        }
        for (int d = 0; d < process.getDeclarations().size(); d++) {
          Declaration declaration = process.getDeclarations().get(d);
          if (exempt(process, declaration.getAdopted())) {
            continue;
          }
          for (int k = 0; k < declaration.getAdopters().size(); k++) {
            Answer takesPart = query.takesPart(declaration.getAdopters().get(k), declaration.getAdopted());
            String path = "/processes/" + p + "/declarations/" + d + "/adopters/" + k;
            expected(takesPart, Severity.ERROR).ifPresent(s -> expected.put(path, s));
          }
        }
      }
      assertThat(found).as("seed %d", seed).isEqualTo(expected);
    });
  }

  @Test
  void aHostWhoseMembershipStartsInTheMonthOfTheMeetingMayNotYetTakePartAsTheQuerySays() {
    // From the issue: membership 2013-06/.., meeting on 2013-06-01 hosted by the same State.
    ConsultativeProcess.Builder process = process().addParticipations(member("UZB", "2013-06/.."))
        .addMeetings(Meeting.builder().id("m").level(MeetingLevel.SENIOR_OFFICIALS).host("UZB").period(p("2013-06-01"))
            .build());
    ConsultativeProcess built = process.build();
    assertThat(ProcessQuery.of(built).holds(Participant.state("UZB"), Role.MEMBER, d("2013-06-01")))
        .isEqualTo(Answer.MAYBE);
    assertThat(validate(process)).hasSingleViolation(MEETING_HOST_NOT_PARTICIPANT, Severity.INFO,
        "/processes/0/meetings/0/host");
    assertThat(validate(process).withCode(MEETING_HOST_NOT_PARTICIPANT).get(0).message())
        .isEqualTo("the host UZB may not take part in the process on 2013-06-01");
  }
}
