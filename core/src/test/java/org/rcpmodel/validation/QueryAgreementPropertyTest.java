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
 * The validator and {@link ProcessQuery} give the same answer about the same records and date
 * (principle 5): a host or adopter is reported exactly when the query does not answer YES to "takes
 * part then", with a message that says "may" exactly when it answers MAYBE, in format 1.0 documents
 * and in format 1.1 documents with counts, groups and complete lists. (The severity of a NO follows
 * the strength of the evidence, checked by {@code OpenWorldOracleTest}.)
 */
class QueryAgreementPropertyTest {

  /** Whether a date is or may be from before the process was established (such records are exempt). */
  private static boolean exempt(ConsultativeProcess process, PartialDate date) {
    Optional<PartialDate> established = process.getEstablished();
    return established.isPresent() && !established.get().encloses(date)
        && date.isBefore(established.get()) != Answer.NO;
  }

  /**
   * The answer a finding gives to "takes part then": MAYBE when its message says "may", NO when it
   * says "does not" or (the open world) "no record"; no finding is YES.
   */
  private static Answer answerOf(Finding f) {
    return f.messageKey().endsWith(Findings.POSSIBLE) ? Answer.MAYBE : Answer.NO;
  }

  /** How many documents each property generates. */
  private static final int EXAMPLES = 1000;

  @Test
  void hostAndAdopterFindingsAreExactlyWhatTheQueryAnswers() {
    qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> agree(seed, RandomDocuments.of(seed)));
  }

  @Test
  void hostAndAdopterFindingsAreExactlyWhatTheQueryAnswersInFormatOneOneDocuments() {
    // Counts, groups and complete lists: the query and the validator read them through one OpenWorld.
    qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> agree(seed, RandomDocuments.openWorld(seed)));
  }

  @Test
  void theOpenWorldDocumentsReachEveryAnswer() {
    // The property above would pass vacuously if the generator never produced these.
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (long seed = 0; seed < 500; seed++) {
      Document doc = RandomDocuments.openWorld(seed);
      for (Finding f : RuleEngine.check(doc, true)) {
        if (f.rule().code().equals(MEETING_HOST_NOT_PARTICIPANT) || f.rule().code().equals(DECLARATION_ADOPTER_NOT_PARTICIPANT)) {
          seen.add(f.rule().code() + " " + f.severity() + " " + f.messageKey().substring(f.messageKey().lastIndexOf('.')));
        }
      }
    }
    assertThat(seen).contains(
        DECLARATION_ADOPTER_NOT_PARTICIPANT + " ERROR .adopter-not-participant",
        DECLARATION_ADOPTER_NOT_PARTICIPANT + " WARNING .open",
        DECLARATION_ADOPTER_NOT_PARTICIPANT + " INFO .open",
        DECLARATION_ADOPTER_NOT_PARTICIPANT + " INFO .possible",
        DECLARATION_ADOPTER_NOT_PARTICIPANT + " WARNING .possible",
        MEETING_HOST_NOT_PARTICIPANT + " WARNING .open",
        MEETING_HOST_NOT_PARTICIPANT + " INFO .open",
        MEETING_HOST_NOT_PARTICIPANT + " INFO .possible");
  }

  @Test
  void takingPartIsHoldingSomeRole() {
    // ProcessQuery.takesPart is the fold over the roles of holds, counts, groups and complete lists included.
    qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
      Document doc = RandomDocuments.openWorld(seed);
      for (ConsultativeProcess process : doc.getProcesses()) {
        ProcessQuery query = ProcessQuery.of(process);
        for (String code : new String[] {"KAZ", "KGZ", "TKM", "TUR"}) {
          for (String date : new String[] {"2013", "2014-06", "2015-01-01", "2016-12"}) {
            Participant who = Participant.state(code);
            Answer any = Answer.NO;
            for (Role role : Role.values()) {
              any = any.or(query.holds(who, role, d(date)));
            }
            assertThat(query.takesPart(who, d(date))).as("seed %d %s %s", seed, code, date).isEqualTo(any);
          }
        }
      }
    });
  }

  private static void agree(long seed, Document doc) {
    Map<String, Answer> found = new HashMap<>();
    for (Finding f : RuleEngine.check(doc, true)) {
      if (f.rule().code().equals(MEETING_HOST_NOT_PARTICIPANT) || f.rule().code().equals(DECLARATION_ADOPTER_NOT_PARTICIPANT)) {
        found.put(f.pointer(), answerOf(f));
      }
    }
    Map<String, Answer> expected = new HashMap<>();
    for (int p = 0; p < doc.getProcesses().size(); p++) {
      ConsultativeProcess process = doc.getProcesses().get(p);
      ProcessQuery query = ProcessQuery.of(process);
      for (int m = 0; m < process.getMeetings().size(); m++) {
        Meeting meeting = process.getMeetings().get(m);
        Optional<PartialDate> date = meeting.getPeriod().getStart();
        if (meeting.getHost().isPresent() && date.isPresent() && !exempt(process, date.get())) {
          Answer takesPart = query.takesPart(Participant.state(meeting.getHost().get()), date.get());
          if (takesPart != Answer.YES) {
            expected.put("/processes/" + p + "/meetings/" + m + "/host", takesPart);
          }
        }
      }
      for (int d = 0; d < process.getDeclarations().size(); d++) {
        Declaration declaration = process.getDeclarations().get(d);
        if (exempt(process, declaration.getAdopted())) {
          continue;
        }
        for (int k = 0; k < declaration.getAdopters().size(); k++) {
          Answer takesPart = query.takesPart(declaration.getAdopters().get(k), declaration.getAdopted());
          if (takesPart != Answer.YES) {
            expected.put("/processes/" + p + "/declarations/" + d + "/adopters/" + k, takesPart);
          }
        }
      }
    }
    assertThat(found).as("seed %d", seed).isEqualTo(expected);
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
