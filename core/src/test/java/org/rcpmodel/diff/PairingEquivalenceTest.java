package org.rcpmodel.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.Facts;
import org.rcpmodel.Participant;
import org.rcpmodel.Participation;
import org.rcpmodel.Role;
import org.rcpmodel.time.Period;

/**
 * The diff's pairing by key (each record compared only with the records of its participant or its
 * chairs) pairs exactly as the obvious pairing written from its contract, which compares every old
 * record with every new one. The merge buckets records by the same keys; both are exact only while
 * every record that {@link Facts} (or equality) matches has the key of the record it matches, which
 * the last property pins.
 */
class PairingEquivalenceTest {

  private static final String[] STATES = {"KAZ", "KGZ", "TJK"};
  private static final String[] PERIODS = {null, "2013/..", "2013/2016", "2013-06/2016-11", "2016/2018", "2018-11/2021-01"};

  /** In each pass, each unpaired old record in order takes the first unpaired new record the pass accepts. */
  @SafeVarargs
  static <T> int[] naive(List<T> olds, List<T> news, BiPredicate<T, T>... passes) {
    int[] pairs = new int[olds.size()];
    java.util.Arrays.fill(pairs, -1);
    List<Integer> free = new ArrayList<>();
    for (int j = 0; j < news.size(); j++) {
      free.add(j);
    }
    for (BiPredicate<T, T> pass : passes) {
      for (int i = 0; i < olds.size(); i++) {
        if (pairs[i] >= 0) {
          continue;
        }
        for (Integer j : free) {
          if (pass.test(olds.get(i), news.get(j))) {
            pairs[i] = j;
            free.remove(j);
            break;
          }
        }
      }
    }
    return pairs;
  }

  static Gen<List<Participation>> participations() {
    return SourceDSL.lists().of(SourceDSL.integers().between(0, STATES.length - 1).zip(
        SourceDSL.integers().between(0, Role.values().length - 1), SourceDSL.integers().between(0, PERIODS.length - 1),
        (s, r, p) -> {
          Participation.Builder b = Participation.builder().participant(Participant.state(STATES[s])).role(Role.values()[r]);
          return (Participation) (PERIODS[p] == null ? b.build() : b.period(Period.parse(PERIODS[p])).build());
        })).ofSizeBetween(0, 12);
  }

  static Gen<List<Chairmanship>> chairs() {
    return SourceDSL.lists().of(SourceDSL.integers().between(0, STATES.length - 1).zip(
        SourceDSL.integers().between(1, PERIODS.length - 1), SourceDSL.integers().between(0, 3),
        (s, p, co) -> {
          Chairmanship.Builder b = Chairmanship.builder().addChairs(Participant.state(STATES[s])).period(Period.parse(PERIODS[p]));
          if (co == 0) {
            b.addChairs(Participant.state(STATES[(s + 1) % STATES.length]));
          }
          return (Chairmanship) b.build();
        })).ofSizeBetween(0, 8);
  }

  @Test
  void participationsPairedByParticipantPairAsEveryRecordAgainstEveryRecord() {
    qt().withExamples(500).forAll(participations(), participations()).checkAssert((olds, news) ->
        assertThat(DocumentDiff.pair(olds, news, Participation::getParticipant, PairingEquivalenceTest::equalRecords,
            Facts::agree, Facts::sameFact))
            .isEqualTo(naive(olds, news, PairingEquivalenceTest::equalRecords, Facts::agree, Facts::sameFact)));
  }

  @Test
  void chairTermsPairedByTheirChairsPairAsEveryTermAgainstEveryTerm() {
    qt().withExamples(500).forAll(chairs(), chairs()).checkAssert((olds, news) ->
        assertThat(DocumentDiff.pair(olds, news, c -> Set.copyOf(c.getChairs()), Chairmanship::equals, Facts::agree,
            Facts::sameFact))
            .isEqualTo(naive(olds, news, Chairmanship::equals, Facts::agree, Facts::sameFact)));
  }

  @Test
  void recordsThatFactsMatchAlwaysShareTheirKey() {
    qt().withExamples(500).forAll(participations(), participations()).checkAssert((as, bs) -> {
      for (Participation a : as) {
        for (Participation b : bs) {
          if (Facts.sameFact(a, b) || Facts.agree(a, b) || Facts.refines(a, b)) {
            assertThat(a.getParticipant()).isEqualTo(b.getParticipant());
          }
        }
      }
    });
    qt().withExamples(500).forAll(chairs(), chairs()).checkAssert((as, bs) -> {
      for (Chairmanship a : as) {
        for (Chairmanship b : bs) {
          if (Facts.sameFact(a, b) || Facts.agree(a, b) || Facts.refines(a, b)) {
            assertThat(Set.copyOf(a.getChairs())).isEqualTo(Set.copyOf(b.getChairs()));
          }
        }
      }
    });
  }

  static boolean equalRecords(Participation a, Participation b) {
    return a.equals(b);
  }
}
