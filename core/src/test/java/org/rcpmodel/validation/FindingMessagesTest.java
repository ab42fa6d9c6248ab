package org.rcpmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.rcpmodel.validation.Docs.*;
import static org.rcpmodel.validation.RuleCatalogue.*;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Declaration;
import org.rcpmodel.Document;
import org.rcpmodel.Meeting;
import org.rcpmodel.MeetingLevel;
import org.rcpmodel.ProcessKind;

/** Messages say what is possible as possible, and a reference to another process's meeting says so. */
class FindingMessagesTest {

  @Test
  void aDeclarationAtAMeetingOfAnotherProcessIsUnresolvedAndNamesThatProcess() {
    ConsultativeProcess other = ConsultativeProcess.builder().id("bali").name("Bali").kind(ProcessKind.RCP)
        .addParticipations(member("KAZ", "2013/.."))
        .addMeetings(Meeting.builder().id("bali-2016").level(MeetingLevel.MINISTERIAL_CONFERENCE).period(p("2016-03-23"))
            .build()).build();
    ConsultativeProcess.Builder almaty = process().addDeclarations(Declaration.builder().id("d").title("D")
        .adopted(d("2016-03-23")).meeting("bali-2016").build());
    Document doc = document().addProcesses(almaty.build(), other).build();
    ValidationReport report = validate(doc);
    assertThat(report.withCode(REF_UNRESOLVED)).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("/processes/0/declarations/0/meeting");
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.message()).isEqualTo("the meeting 'bali-2016' is a meeting of the process 'bali', not of this one");
    });
    assertThat(RcpValidator.validate(doc, Locale.forLanguageTag("ru")).withCode(REF_UNRESOLVED)).singleElement()
        .satisfies(v -> assertThat(v.message()).contains("bali-2016", "bali").doesNotContain("{"));
  }

  @Test
  void aMeetingIdThatNoProcessHasIsStillNamedMissingFromTheDocument() {
    ConsultativeProcess.Builder almaty = process().addDeclarations(Declaration.builder().id("d").title("D")
        .adopted(d("2016-03-23")).meeting("nowhere").build());
    assertThat(validate(almaty).withCode(REF_UNRESOLVED)).singleElement()
        .satisfies(v -> assertThat(v.message()).isEqualTo("no meeting with id 'nowhere' in the document"));
  }

  @Test
  void everyFindingThatOnlyMayBeTrueHasAMessageThatSaysSoInEnglishAndRussian() {
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      Document doc = RandomDocuments.of(seed);
      for (Finding f : RuleEngine.check(doc, true)) {
        boolean lowered = f.severity() != f.rule().severity();
        boolean possible = f.messageKey().endsWith(Findings.POSSIBLE);
        boolean open = f.messageKey().endsWith(Findings.OPEN);
        // A lower severity than the rule's says "may", or (the open world) that no record shows it.
        assertThat(!possible || lowered).as("%s %s %s", f.rule().code(), f.severity(), f.messageKey()).isTrue();
        assertThat(!lowered || possible || open).as("%s %s %s", f.rule().code(), f.severity(), f.messageKey()).isTrue();
        if (open) {
          String en = Messages.render(f.messageKey(), f.parameters(), Locale.ENGLISH);
          String ru = Messages.render(f.messageKey(), f.parameters(), Locale.forLanguageTag("ru"));
          assertThat(en).as(f.messageKey()).doesNotStartWith("{").containsPattern("\\bno (record|member)\\b")
              .contains("does not declare");
          assertThat(ru).as(f.messageKey()).doesNotStartWith("{").containsPattern("(нет записи|не назван)")
              .contains("не объявляет");
        }
        if (possible) {
          String en = Messages.render(f.messageKey(), f.parameters(), Locale.ENGLISH);
          String ru = Messages.render(f.messageKey(), f.parameters(), Locale.forLanguageTag("ru"));
          assertThat(en).as(f.messageKey()).doesNotStartWith("{").containsPattern("\\b(may|possibly)\\b");
          assertThat(ru).as(f.messageKey()).doesNotStartWith("{").containsPattern("(возможно|может|могут)");
        }
      }
    });
  }
}
