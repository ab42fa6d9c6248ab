package org.rcpmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.rcpmodel.validation.Docs.*;
import static org.rcpmodel.validation.RuleCatalogue.*;
import static org.rcpmodel.validation.ValidationReportAssert.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Document;
import org.rcpmodel.Facts;
import org.rcpmodel.Participation;
import org.rcpmodel.Role;
import org.rcpmodel.time.Answer;

/**
 * A naive reference, written straight from docs/RULES.md, for the rules that compare one
 * participant's records (role.duplicate, role.conflict, fact.conflict): every pair of records i < j
 * is compared, and a finding is reported at j with the strongest answer over its earlier records.
 * The engine's findings equal the reference's exactly (code, severity, JSON Pointer) on generated
 * documents; the cases of the issue are pinned.
 */
class ParticipationOracleTest {

  private static boolean disjoint(List<String> a, List<String> b) {
    return !a.isEmpty() && !b.isEmpty() && a.stream().noneMatch(b::contains);
  }

  /** The reference: quadratic, one pair at a time. */
  static Set<String> reference(Document doc) {
    Set<String> out = new HashSet<>();
    for (int p = 0; p < doc.getProcesses().size(); p++) {
      ConsultativeProcess process = doc.getProcesses().get(p);
      List<Participation> records = process.getParticipations();
      for (int j = 0; j < records.size(); j++) {
        Answer duplicate = Answer.NO;
        Answer conflict = Answer.NO;
        Answer fact = Answer.NO;
        Participation b = records.get(j);
        for (int i = 0; i < j; i++) {
          Participation a = records.get(i);
          if (!a.getParticipant().equals(b.getParticipant())) {
            continue;
          }
          if (disjoint(a.getSources(), b.getSources())) {
            // Two sources: one fact when Facts says so; a conflict when the two cannot both be true
            // (a SECRETARIAT beside a SUPPORT_UNIT is one job told two ways: a conflict, issue 12).
            if (Facts.sameFact(a, b) && !Facts.agree(a, b)) {
              // A record whose sources a newer source supersedes is outdated, not disputed: at most INFO.
              Answer meet = a.span().intersects(b.span());
              boolean outdated = ReferenceValidator.outdated(doc, a.getSources(), b.getSources());
              fact = fact.or(outdated && meet == Answer.YES ? Answer.MAYBE : meet);
            }
          } else if (a.getRole() == b.getRole()) {
            duplicate = duplicate.or(a.span().overlaps(b.span()));
          } else if (a.getRole().isStanding() && b.getRole().isStanding()) {
            conflict = conflict.or(a.span().overlaps(b.span()));
          }
        }
        String at = " /processes/" + p + "/participations/" + j;
        add(out, ROLE_DUPLICATE, Severity.WARNING, duplicate, at);
        add(out, ROLE_CONFLICT, Severity.ERROR, conflict, at);
        add(out, FACT_CONFLICT, Severity.WARNING, fact, at);
      }
    }
    return out;
  }

  private static void add(Set<String> out, String code, Severity severity, Answer answer, String at) {
    if (answer != Answer.NO) {
      out.add(code + " " + (answer == Answer.YES ? severity : severity.lowered()) + at);
    }
  }

  static Set<String> engine(Document doc) {
    Set<String> out = new HashSet<>();
    for (Violation v : RcpValidator.validate(doc, Locale.ENGLISH, Integer.MAX_VALUE).violations()) {
      boolean compared = v.code().equals(ROLE_DUPLICATE) || v.code().equals(ROLE_CONFLICT)
          || v.code().equals(FACT_CONFLICT) && v.path().contains("/participations/");
      if (compared) {
        out.add(v.code() + " " + v.severity() + " " + v.path());
      }
    }
    return out;
  }

  /**
   * How many documents the oracle property generates: 1,500 by default, more with
   * {@code -Drcp.oracle.examples=N} (the long run: {@code mvn -pl core test -Dtest=ParticipationOracleTest
   * -Drcp.oracle.examples=50000}).
   */
  private static final int EXAMPLES = Integer.getInteger("rcp.oracle.examples", 1500);

  @Test
  void theEngineFindsExactlyWhatThePairwiseReferenceFinds() {
    qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
      Document doc = RandomDocuments.of(seed);
      assertThat(engine(doc)).as("seed %d", seed).isEqualTo(reference(doc));
    });
  }

  /** The document with every process's participations listed twice: many identical records. */
  private static Document doubled(Document doc) {
    Document.Builder b = Document.builder().from(doc).processes(List.of());
    for (ConsultativeProcess process : doc.getProcesses()) {
      List<Participation> twice = new ArrayList<>(process.getParticipations());
      twice.addAll(process.getParticipations());
      b.addProcesses(ConsultativeProcess.builder().from(process).participations(twice).build());
    }
    return b.build();
  }

  @Test
  void theEngineFindsExactlyWhatTheReferenceFindsAmongManyIdenticalRecords() {
    // Past eight records of one participant the engine groups identical records; the reference does not.
    qt().withExamples(EXAMPLES / 3).forAll(longs().all()).checkAssert(seed -> {
      Document doc = doubled(doubled(RandomDocuments.of(seed)));
      assertThat(engine(doc)).as("seed %d", seed).isEqualTo(reference(doc));
    });
  }

  @Test
  void aThirdRecordThatHandsOverDoesNotHideARoleConflict() {
    // From the issue: B = OBSERVER 2014/2016-06 and C = MEMBER 2016/2018 overlap in 2016; adding
    // A = OBSERVER 2010/2016, which hands over to C, must not hide that.
    ConsultativeProcess.Builder two = process()
        .addParticipations(participation("UZB", Role.OBSERVER, "2014/2016-06", "s1"),
            participation("UZB", Role.MEMBER, "2016/2018", "s1"));
    assertThat(validate(two)).hasSingleViolation(ROLE_CONFLICT, Severity.WARNING, "/processes/0/participations/3");
    ConsultativeProcess.Builder three = process()
        .addParticipations(participation("UZB", Role.OBSERVER, "2010/2016", "s1"),
            participation("UZB", Role.OBSERVER, "2014/2016-06", "s1"),
            participation("UZB", Role.MEMBER, "2016/2018", "s1"));
    assertThat(validate(three).withCode(ROLE_CONFLICT)).extracting(Violation::path, Violation::severity)
        .contains(org.assertj.core.groups.Tuple.tuple("/processes/0/participations/4", Severity.WARNING));
  }

  @Test
  void aRefinementFromAnotherSourceAgrees() {
    // IOM's 2013/2016 and UNHCR's 2013-06/2016-11: the same membership, told more precisely.
    ConsultativeProcess.Builder process = process()
        .addParticipations(participation("UZB", Role.MEMBER, "2013/2016", "s1"),
            participation("UZB", Role.MEMBER, "2013-06/2016-11", "s2"));
    assertThat(validate(process)).hasNoViolation(FACT_CONFLICT);
  }

  @Test
  void anUndatedRecordBesideADatedOneAgrees() {
    ConsultativeProcess.Builder process = process()
        .addParticipations(participation("UZB", Role.MEMBER, "2013/2016", "s1"),
            Participation.builder().participant(org.rcpmodel.Participant.state("UZB")).role(Role.MEMBER)
                .addSources("s2").build());
    assertThat(validate(process)).hasNoViolation(FACT_CONFLICT);
  }

  @Test
  void threeSourcesEndingAMembershipInThreeMonthsAreTwoConflicts() {
    // Kyrgyzstan ends 2018-09, 2018-10 and 2018-11 in three sources: no two can both be true.
    Document doc = document().addSources(org.rcpmodel.Source.builder().id("s3").title("Source three").build())
        .addProcesses(process()
            .addParticipations(participation("UZB", Role.MEMBER, "2013/2018-09", "s1"),
                participation("UZB", Role.MEMBER, "2013/2018-10", "s2"),
                participation("UZB", Role.MEMBER, "2013/2018-11", "s3")).build()).build();
    List<String> paths = new ArrayList<>();
    for (Violation v : validate(doc).withCode(FACT_CONFLICT)) {
      assertThat(v.severity()).isEqualTo(Severity.WARNING);
      paths.add(v.path());
    }
    assertThat(paths).containsExactlyInAnyOrder("/processes/0/participations/3", "/processes/0/participations/4");
  }

  @Test
  void memberInOneSourceAndObserverInAnotherIsAConflictNotARoleError() {
    // Turkmenistan: a member per one source, an observer per the other, now.
    ConsultativeProcess.Builder process = process()
        .addParticipations(participation("TKM", Role.MEMBER, "2013/..", "s1"),
            Participation.builder().participant(org.rcpmodel.Participant.state("TKM")).role(Role.OBSERVER)
                .asOf(d("2024-11")).addSources("s2").build());
    assertThat(validate(process)).hasSingleViolation(FACT_CONFLICT, Severity.WARNING, "/processes/0/participations/3");
    assertThat(validate(process)).hasNoViolation(ROLE_CONFLICT);
  }
}
