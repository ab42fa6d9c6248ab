package org.rcpmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rcpmodel.validation.Docs.d;
import static org.rcpmodel.validation.Docs.p;
import static org.rcpmodel.validation.Docs.validate;
import static org.rcpmodel.validation.RuleCatalogue.CHAIR_NOT_MEMBER;
import static org.rcpmodel.validation.RuleCatalogue.PROCESS_NO_MEMBERS;
import static org.rcpmodel.validation.Severity.ERROR;
import static org.rcpmodel.validation.Severity.INFO;
import static org.rcpmodel.validation.ValidationReportAssert.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.rcpmodel.Approximation;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.CompleteList;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.FigureScope;
import org.rcpmodel.MigrationFigure;
import org.rcpmodel.Participant;
import org.rcpmodel.ParticipantCount;
import org.rcpmodel.ParticipantKind;
import org.rcpmodel.Participation;
import org.rcpmodel.ProcessKind;
import org.rcpmodel.Role;
import org.rcpmodel.query.ProcessQuery;
import org.rcpmodel.time.Answer;

/**
 * The open world (principle 3) on records written from public facts (docs/SOURCES.md), pinned with
 * the findings each must give.
 */
class OpenWorldExamplesTest {

  /** The Abu Dhabi Dialogue as its own site describes it: founded 2008, "18 members", none named. */
  private static ConsultativeProcess.Builder abuDhabiDialogue() {
    return ConsultativeProcess.builder().id("abu-dhabi-dialogue").name("Abu Dhabi Dialogue").kind(ProcessKind.RCP)
        .established(d("2008"));
  }

  @Test
  void aProcessKnownOnlyByAMemberCountHasMembers() {
    // Format 1.1: the count "18 members".
    assertThat(validate(abuDhabiDialogue().addParticipantCounts(ParticipantCount.builder().role(Role.MEMBER).value(18)
        .addSources("s1").build()))).hasNoViolation(PROCESS_NO_MEMBERS).hasNoErrors();
    // Format 1.0 can say it only as a figure: memberStates of the process itself.
    assertThat(validate(abuDhabiDialogue().addFigures(MigrationFigure.builder().metric("memberStates")
        .value(BigDecimal.valueOf(18)).approximation(Approximation.EXACT).scope(FigureScope.SUBJECT)
        .referenceDate(d("2025-04-24")).addSources("s1").build())))
        .hasNoViolation(PROCESS_NO_MEMBERS).hasNoErrors();
    // Recorded not at all: advice that the document names no member, never an ERROR.
    assertThat(validate(abuDhabiDialogue())).hasSingleViolation(PROCESS_NO_MEMBERS, INFO, "/processes/0/participations")
        .hasNoErrors();
  }

  /**
   * The Almaty Process as a document that names the members of IOM's 2025 page except Kazakhstan,
   * and UNHCR's chair term of Kazakhstan, June 2013 - November 2016.
   */
  private static ConsultativeProcess.Builder almatyWithoutKazakhstan() {
    ConsultativeProcess.Builder process = ConsultativeProcess.builder().id("almaty-process").name("Almaty Process")
        .kind(ProcessKind.RCP).established(d("2013"));
    for (String member : new String[] {"AFG", "AZE", "KGZ", "TJK", "TUR"}) {
      process.addParticipations(Participation.builder().participant(Participant.state(member)).role(Role.MEMBER)
          .asOf(d("2025-04-24")).addSources("s1").build());
    }
    return process.addChairs(Chairmanship.builder().addChairs(Participant.state("KAZ")).period(p("2013-06/2016-11"))
        .addSources("s2").build());
  }

  @Test
  void aChairWithNoMembershipRecordIsAdviceUntilTheMemberListIsDeclaredComplete() {
    ValidationReport open = validate(almatyWithoutKazakhstan());
    assertThat(open).hasSingleViolation(CHAIR_NOT_MEMBER, INFO, "/processes/0/chairs/0/chairs/0");
    assertThat(open.withCode(CHAIR_NOT_MEMBER).get(0).message()).isEqualTo(
        "no record of KAZ as a member all through 2013-06/2016-11, when it chairs; the document does not declare its "
            + "member list complete");
    // The query says the same: no record holds, which in an open world is not "surely not".
    assertThat(ProcessQuery.of(almatyWithoutKazakhstan().build()).holds(Participant.state("KAZ"), Role.MEMBER, d("2015")))
        .isEqualTo(Answer.NO);
    // The member list declared complete as of 2015, inside the term: now the record cannot be true.
    ConsultativeProcess.Builder closed = almatyWithoutKazakhstan().addCompleteLists(CompleteList.builder()
        .role(Role.MEMBER).asOf(d("2015")).addSources("s1").build());
    assertThat(validate(closed)).hasSingleViolation(CHAIR_NOT_MEMBER, ERROR, "/processes/0/chairs/0/chairs/0");
    assertThat(validate(closed).withCode(CHAIR_NOT_MEMBER).get(0).message())
        .isEqualTo("KAZ chairs during 2013-06/2016-11 without being a member for the whole term");
  }

  @Test
  void aChairAmongCountedMembersMayBeOneOfThemAsTheQuerySays() {
    // The Bali Process: "45 member States", none named; Australia co-chairs.
    ConsultativeProcess.Builder bali = ConsultativeProcess.builder().id("bali-process").name("Bali Process")
        .kind(ProcessKind.IRF).established(d("2002"))
        .addParticipantCounts(ParticipantCount.builder().role(Role.MEMBER).participantKind(ParticipantKind.STATE).value(45)
            .addSources("s1").build())
        .addChairs(Chairmanship.builder().addChairs(Participant.state("AUS")).period(p("2002/..")).addSources("s1").build());
    assertThat(validate(bali)).hasSingleViolation(CHAIR_NOT_MEMBER, INFO, "/processes/0/chairs/0/chairs/0");
    assertThat(validate(bali).withCode(CHAIR_NOT_MEMBER).get(0).message()).contains("may not be a member");
    assertThat(ProcessQuery.of(bali.build()).holds(Participant.state("AUS"), Role.MEMBER, d("2025-04-24")))
        .isEqualTo(Answer.MAYBE);
  }
}
