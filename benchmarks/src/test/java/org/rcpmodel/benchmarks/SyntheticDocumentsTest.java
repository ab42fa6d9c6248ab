package org.rcpmodel.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Document;
import org.rcpmodel.Meeting;
import org.rcpmodel.Participation;
import org.rcpmodel.Role;
import org.rcpmodel.Source;
import org.rcpmodel.json.RcpJson;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.validation.RcpValidator;
import org.rcpmodel.validation.Severity;
import org.rcpmodel.validation.ValidationReport;
import org.rcpmodel.validation.Violation;
import tools.jackson.databind.json.JsonMapper;

class SyntheticDocumentsTest {

  private static int participations(Document document) {
    return document.getProcesses().stream().mapToInt(p -> p.getParticipations().size()).sum();
  }

  @ParameterizedTest
  @ValueSource(ints = {10, 57, 1000, 4001, 16000})
  void validDocumentHoldsExactlyTheRequestedNumberOfParticipations(int size) {
    assertThat(participations(SyntheticDocuments.valid(size))).isEqualTo(size);
  }

  @Test
  void processesHaveRealisticProportionsOfTermsMeetingsDeclarationsAndFigures() {
    Document document = SyntheticDocuments.valid(1000);

    assertThat(document.getProcesses()).hasSize(25);
    for (ConsultativeProcess process : document.getProcesses()) {
      assertThat(process.getParticipations()).hasSize(40);
      assertThat(process.getChairs()).hasSizeBetween(8, 15);
      assertThat(process.getMeetings()).hasSize(2 * process.getChairs().size());
      assertThat(process.getDeclarations()).hasSize(process.getChairs().size());
      assertThat(process.getFigures()).hasSize(3);
      assertThat(process.getParticipations()).extracting(Participation::getRole)
          .contains(Role.MEMBER, Role.OBSERVER, Role.INVITED, Role.SECRETARIAT, Role.PARTNER);
    }
  }

  @Test
  void sizesBelowTheMinimumAreRejected() {
    assertThatThrownBy(() -> SyntheticDocuments.valid(9)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 10");
  }

  @Test
  void generationIsDeterministic() {
    assertThat(SyntheticDocuments.valid(500)).isEqualTo(SyntheticDocuments.valid(500));
  }

  @Test
  void idsAreUniqueWithinEachKind() {
    Document document = SyntheticDocuments.valid(4000);
    List<String> meetingIds = new ArrayList<>();
    List<String> declarationIds = new ArrayList<>();
    for (ConsultativeProcess process : document.getProcesses()) {
      process.getMeetings().forEach(m -> meetingIds.add(m.getId()));
      process.getDeclarations().forEach(d -> declarationIds.add(d.getId()));
    }
    assertThat(meetingIds).doesNotHaveDuplicates();
    assertThat(declarationIds).doesNotHaveDuplicates();
    assertThat(document.getProcesses()).extracting(ConsultativeProcess::getId).doesNotHaveDuplicates();
    assertThat(document.getSources()).extracting(Source::getId).doesNotHaveDuplicates();
    assertThat(document.getStates()).extracting(s -> s.getCode()).doesNotHaveDuplicates();
  }

  @Test
  void everyCitedSourceAndEveryReferencedStateIsInTheDocument() {
    Document document = SyntheticDocuments.valid(1000);
    Set<String> sources = new HashSet<>();
    document.getSources().forEach(s -> sources.add(s.getId()));
    Set<String> states = new HashSet<>();
    document.getStates().forEach(s -> states.add(s.getCode()));
    for (ConsultativeProcess process : document.getProcesses()) {
      assertThat(sources).containsAll(process.getSources());
      for (Participation participation : process.getParticipations()) {
        assertThat(sources).containsAll(participation.getSources());
        participation.getParticipant().getState().ifPresent(code -> assertThat(states).contains(code));
      }
      for (Meeting meeting : process.getMeetings()) {
        assertThat(sources).containsAll(meeting.getSources());
        meeting.getHost().ifPresent(code -> assertThat(states).contains(code));
      }
    }
  }

  @Test
  void chairTermsAreHandedOverInsideASharedMonthAndOnlyTheLastIsOpen() {
    for (ConsultativeProcess process : SyntheticDocuments.valid(1000).getProcesses()) {
      List<Chairmanship> chairs = process.getChairs();
      for (int i = 1; i < chairs.size(); i++) {
        PartialDate previousEnd = chairs.get(i - 1).getPeriod().getEnd().orElseThrow();
        PartialDate start = chairs.get(i).getPeriod().getStart().orElseThrow();
        assertThat(start).as("start of term %d", i).isEqualTo(previousEnd);
      }
      assertThat(chairs.get(chairs.size() - 1).getPeriod().getEnd()).isEmpty();
    }
  }

  @Test
  void documentSurvivesAJsonRoundTripAndTheBaselineReadsTheSameShape() {
    Document document = SyntheticDocuments.valid(200);
    String json = RcpJson.strict().write(document);

    assertThat(RcpJson.strict().read(json).document()).isEqualTo(document);

    PlainModel.Document plain = JsonMapper.builder().build()
        .readValue(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), PlainModel.Document.class);
    assertThat(plain.processes()).hasSameSizeAs(document.getProcesses());
    assertThat(plain.processes().stream().mapToInt(p -> p.participations().size()).sum()).isEqualTo(200);
    assertThat(plain.processes().get(0).chairs().get(0).period())
        .isEqualTo(document.getProcesses().get(0).getChairs().get(0).getPeriod().toString());
  }

  @Test
  void invalidVariantPlansViolationsOfSeveralRulesAndKeepsTheSize() {
    SyntheticDocuments.InvalidDocument invalid = SyntheticDocuments.invalid(1000);

    assertThat(participations(invalid.document())).isEqualTo(1000);
    assertThat(invalid.plannedViolations()).containsKeys("period.reversed", "role.conflict", "chair.overlap",
        "ref.unresolved", "field.required");
    assertThat(invalid.plannedViolations().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(SyntheticDocuments.injectionsNeeded());
    assertThat(invalid.document()).isNotEqualTo(SyntheticDocuments.valid(1000));
  }

  @Test
  void invalidVariantNeedsOneProcessPerInjection() {
    assertThatThrownBy(() -> SyntheticDocuments.invalid(100)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("processes");
  }

  @ParameterizedTest
  @ValueSource(ints = {10, 1000, 4000})
  void validDocumentPassesTheWholeRuleCatalogueWithoutErrorOrWarning(int size) {
    ValidationReport report = RcpValidator.validate(SyntheticDocuments.valid(size));

    assertThat(report.errors()).isEmpty();
    assertThat(report.warnings()).isEmpty();
  }

  @Test
  void invalidVariantHasExactlyThePlannedNumberOfViolationsPerRuleAndNoOtherError() {
    SyntheticDocuments.InvalidDocument invalid = SyntheticDocuments.invalid(1000);

    ValidationReport report = RcpValidator.validate(invalid.document());

    invalid.plannedViolations().forEach((code, count) ->
        assertThat(report.withCode(code)).as("violations of %s", code).hasSize(count)
            .allSatisfy(v -> assertThat(v.severity()).isEqualTo(Severity.ERROR)));
    assertThat(report.errors()).extracting(Violation::code)
        .allSatisfy(code -> assertThat(invalid.plannedViolations()).containsKey(code));
  }
}
