package org.rcpmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.rcpmodel.validation.Docs.*;
import static org.rcpmodel.validation.RuleCatalogue.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rcpmodel.ChairingRule;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Document;
import org.rcpmodel.Facts;
import org.rcpmodel.Participant;
import org.rcpmodel.time.Answer;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;
import org.rcpmodel.time.Span;
import org.rcpmodel.time.SpanDays;

/**
 * A naive reference for {@code chair.overlap} and {@code chair.gap}, written from docs/RULES.md
 * with the source readings of principle 1: every pair of terms is compared directly (no sweep, no
 * segment tree, no hand-over maps), and "how many run at once" is counted at every moment a term
 * surely starts or ends. The engine's findings equal the reference's exactly (code, severity, JSON
 * Pointer) on generated documents: several chair sets and co-chairs, terms at year, month and day
 * precision with known, unknown and open ends, hand-overs in one shared unit, one or two sources
 * per term, and terms two sources state differently.
 */
class ChairOracleTest {

  /** The reference's view of a term: its recorded day bounds and its readings' bounds (the hull). */
  private record Term(int index, Chairmanship chair, long sLo, long sHi, long eLo, long eHi) {
    static Term of(int index, Chairmanship chair) {
      Span s = Span.of(chair.getPeriod());
      return new Term(index, chair, SpanDays.earliestStart(s), SpanDays.latestStart(s), SpanDays.earliestEnd(s),
          SpanDays.latestEnd(s));
    }

    Term hull(Term other) {
      return new Term(index, chair, Math.min(sLo, other.sLo), Math.max(sHi, other.sHi), Math.min(eLo, other.eLo),
          Math.max(eHi, other.eHi));
    }

    boolean live() {
      return sLo <= sHi && eLo <= eHi;
    }

    Period period() {
      return chair.getPeriod();
    }

    boolean startKnown() {
      return period().getStartKind() == Period.BoundKind.KNOWN;
    }

    boolean endKnown() {
      return period().getEndKind() == Period.BoundKind.KNOWN;
    }

    boolean unrecorded() {
      return period().getStartKind() == Period.BoundKind.UNKNOWN || period().getEndKind() == Period.BoundKind.UNKNOWN;
    }

    /** The sure core in doubled days: a known start after, a known end before the half-day. */
    long coreStart() {
      return 2 * sHi + (startKnown() ? 1 : 0);
    }

    long coreEnd() {
      return 2 * eLo + (endKnown() ? 0 : 1);
    }

    int weight() {
      return chair.getChairs().size();
    }
  }

  /** One's known end and the other's known start share a day, in exactly one order. */
  private static boolean handOver(Period a, Period b) {
    return ends(a, b) != ends(b, a);
  }

  private static boolean ends(Period earlier, Period later) {
    return earlier.getEndKind() == Period.BoundKind.KNOWN && later.getStartKind() == Period.BoundKind.KNOWN
        && earlier.getEnd().get().agreesWith(later.getStart().get());
  }

  private static boolean differentOrdinals(Chairmanship a, Chairmanship b) {
    return a.getOrdinal().isPresent() && b.getOrdinal().isPresent() && !a.getOrdinal().equals(b.getOrdinal());
  }

  private static boolean disjoint(List<String> a, List<String> b) {
    return !a.isEmpty() && !b.isEmpty() && a.stream().noneMatch(b::contains);
  }

  static Set<String> reference(Document doc) {
    Set<String> out = new HashSet<>();
    for (int p = 0; p < doc.getProcesses().size(); p++) {
      ConsultativeProcess process = doc.getProcesses().get(p);
      List<Chairmanship> chairs = process.getChairs();
      int n = chairs.size();
      List<Term> recorded = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        recorded.add(Term.of(j, chairs.get(j)));
      }
      Comparator<Term> byStart = Comparator.comparingLong(Term::sLo).thenComparingLong(Term::sHi)
          .thenComparingInt(Term::index);
      // Restatements: a term of the same chair set from disjoint sources that may overlap an
      // earlier (unrestated) one is the same fact told again; when it disagrees with one, the fact
      // is disputed, and the later term is a version of the earlier term it disagrees with most
      // (surely and not outdated, else possibly or outdated; the first in start order among equals).
      boolean[] restated = new boolean[n];
      List<List<Integer>> versions = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        List<Integer> own = new ArrayList<>();
        own.add(j);
        versions.add(own);
      }
      List<Term> sorted = new ArrayList<>(recorded);
      sorted.sort(byStart);
      for (int b = 0; b < n; b++) {
        int disputedWith = -1;
        int strongest = -1;
        for (int a = 0; a < b; a++) {
          Chairmanship earlier = sorted.get(a).chair();
          Chairmanship later = sorted.get(b).chair();
          if (!restated[sorted.get(a).index()]
              && Set.copyOf(earlier.getChairs()).equals(Set.copyOf(later.getChairs()))
              && earlier.getPeriod().overlaps(later.getPeriod()) != Answer.NO && Facts.sameFact(earlier, later)
              && disjoint(earlier.getSources(), later.getSources())) {
            restated[sorted.get(b).index()] = true;
            if (!Facts.agree(earlier, later)) {
              boolean sure = earlier.getPeriod().overlaps(later.getPeriod()) == Answer.YES
                  && !ReferenceValidator.outdated(doc, earlier.getSources(), later.getSources());
              if ((sure ? 1 : 0) > strongest) {
                strongest = sure ? 1 : 0;
                disputedWith = sorted.get(a).index();
              }
            }
          }
        }
        if (disputedWith >= 0) {
          versions.get(disputedWith).add(sorted.get(b).index());
        }
      }
      List<Term> terms = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        if (!restated[j]) {
          Term t = recorded.get(j);
          for (int v : versions.get(j)) {
            t = t.hull(recorded.get(v));
          }
          terms.add(t);
        }
      }
      terms.sort(byStart);
      List<Long> moments = new ArrayList<>();
      for (Term t : terms) {
        moments.add(t.coreStart());
        moments.add(t.coreEnd());
      }
      int max = process.getChairingRule().getMaxConcurrentChairs();
      for (int x = 0; x < terms.size(); x++) {
        Term me = terms.get(x);
        long sure = me.weight();
        long possible = me.weight();
        boolean recordedDoubt = false;
        if (me.live()) {
          boolean emptyCore = me.coreStart() > me.coreEnd();
          long from = emptyCore ? me.coreEnd() : me.coreStart();
          long to = emptyCore ? me.coreStart() : me.coreEnd();
          long best = emptyCore ? Long.MAX_VALUE : 0;
          for (long moment : moments) {
            if (moment < from || moment > to) {
              continue;
            }
            long at = 0;
            for (int y = 0; y < x; y++) {
              Term other = terms.get(y);
              if (other.live() && other.coreStart() <= moment && moment <= other.coreEnd()) {
                at += other.weight();
              }
            }
            best = emptyCore ? Math.min(best, at) : Math.max(best, at);
          }
          sure += best == Long.MAX_VALUE ? 0 : best;
          for (int y = 0; y < x; y++) {
            Term other = terms.get(y);
            if (!other.live() || other.eHi() < me.sLo()) {
              continue;
            }
            boolean together = false;
            for (int va : versions.get(other.index())) {
              for (int vb : versions.get(me.index())) {
                Term a = recorded.get(va);
                Term b = recorded.get(vb);
                together |= !handOver(a.period(), b.period()) && a.eHi() >= b.sLo() && b.eHi() >= a.sLo();
              }
            }
            // Terms of different ordinals (format 1.1) follow one another: never possibly at once.
            if (together && !differentOrdinals(other.chair(), me.chair())) {
              possible += other.weight();
              boolean disputed = versions.get(other.index()).size() > 1 || versions.get(me.index()).size() > 1;
              recordedDoubt |= disputed || !(other.unrecorded() || me.unrecorded());
            }
          }
        }
        String at = " /processes/" + p + "/chairs/" + me.index();
        if (sure > max) {
          out.add(CHAIR_OVERLAP + " ERROR" + at);
        } else if (possible > max) {
          out.add(CHAIR_OVERLAP + (recordedDoubt ? " WARNING" : " INFO") + at);
        }
      }
      gaps(out, p, terms, recorded, versions);
    }
    return out;
  }

  /**
   * chair.gap: each placed term against the earlier placed term that reaches furthest, in every
   * pair of the two terms' versions; the consecutive units of two terms are no gap.
   */
  private static void gaps(Set<String> out, int p, List<Term> terms, List<Term> recorded, List<List<Integer>> versions) {
    Term latest = null;
    for (Term me : terms) {
      if (me.period().getStartKind() == Period.BoundKind.UNKNOWN) {
        continue;
      }
      if (latest != null) {
        boolean every = true;
        boolean some = false;
        for (int va : versions.get(latest.index())) {
          for (int vb : versions.get(me.index())) {
            Period before = recorded.get(va).period();
            Period after = recorded.get(vb).period();
            boolean consecutive = before.getEnd().isPresent() && after.getStart().isPresent()
                && after.getStart().get().earliestDay().equals(before.getEnd().get().latestDay().plusDays(1));
            Answer gap = consecutive ? Answer.NO : before.leavesGapBefore(after);
            every &= gap == Answer.YES;
            some |= gap != Answer.NO;
          }
        }
        if (every) {
          out.add(CHAIR_GAP + " WARNING /processes/" + p + "/chairs/" + me.index());
        } else if (some) {
          out.add(CHAIR_GAP + " INFO /processes/" + p + "/chairs/" + me.index());
        }
      }
      if (latest == null || me.eHi() >= latest.eHi()) {
        latest = me;
      }
    }
  }

  static Set<String> engine(Document doc) {
    Set<String> out = new HashSet<>();
    for (Violation v : RcpValidator.validate(doc, Locale.ENGLISH, Integer.MAX_VALUE).violations()) {
      if (v.code().equals(CHAIR_OVERLAP) || v.code().equals(CHAIR_GAP)) {
        out.add(v.code() + " " + v.severity() + " " + v.path());
      }
    }
    return out;
  }

  private static final String[] STATES = {"KAZ", "KGZ", "TJK"};

  /** A date in 2014-2016 at a random precision. */
  private static String date(Random r) {
    int year = 2014 + r.nextInt(3);
    return switch (r.nextInt(3)) {
      case 0 -> Integer.toString(year);
      case 1 -> String.format("%d-%02d", year, 1 + r.nextInt(12));
      default -> String.format("%d-%02d-%02d", year, 1 + r.nextInt(12), 1 + r.nextInt(28));
    };
  }

  /** A start (known or unknown) and an end (known, unknown or open), in order more often than not. */
  private static Period period(Random r) {
    String start = r.nextInt(8) == 0 ? "" : date(r);
    String end = switch (r.nextInt(8)) {
      case 0 -> "";
      case 1 -> "..";
      default -> date(r);
    };
    if (!start.isEmpty() && !end.isEmpty() && !end.equals("..")
        && PartialDate.parse(end).latestDay().isBefore(PartialDate.parse(start).earliestDay())) {
      String swap = start;
      start = end;
      end = swap;
    }
    return Period.parse(start + "/" + end);
  }

  private static List<String> sources(Random r) {
    return switch (r.nextInt(3)) {
      case 0 -> List.of("s1");
      case 1 -> List.of("s2");
      default -> List.of("s1", "s2");
    };
  }

  /**
   * A process with up to seven terms of up to four chair sets (one a pair of co-chairs), each set
   * used at most twice so that a restatement names one earlier term; some terms hand over in a
   * shared unit, and some restate an earlier term from the other source with other dates.
   */
  static Document randomDocument(long seed) {
    Random r = new Random(seed);
    List<List<Participant>> sets = List.of(List.of(Participant.state("KAZ")), List.of(Participant.state("KGZ")),
        List.of(Participant.state("TJK")), List.of(Participant.state("KAZ"), Participant.state("KGZ")));
    int[] used = new int[sets.size()];
    ConsultativeProcess.Builder process = process().addParticipations(member("TJK", "2013/.."))
        .chairingRule(ChairingRule.builder().maxConcurrentChairs(1 + r.nextInt(2)).build());
    int count = 1 + r.nextInt(7);
    Chairmanship previous = null;
    for (int i = 0; i < count; i++) {
      int set = r.nextInt(sets.size());
      if (used[set]++ >= 2) {
        continue;
      }
      Period period = period(r);
      if (previous != null && previous.getPeriod().getEnd().isPresent() && r.nextInt(3) == 0) {
        // A hand-over in the unit the previous term ends in, or a finer one inside it.
        PartialDate end = previous.getPeriod().getEnd().get();
        PartialDate start = r.nextBoolean() || end.getMonth().isPresent() ? end
            : PartialDate.ofYearMonth(end.getYear(), 1 + r.nextInt(12));
        period = Period.parse(start + "/" + (r.nextBoolean() ? ".." : Integer.toString(end.getYear() + 1 + r.nextInt(2))));
      }
      Chairmanship term = Chairmanship.builder().chairs(sets.get(set)).period(period).addAllSources(sources(r)).build();
      process.addChairs(term);
      if (r.nextInt(4) == 0 && used[set] < 2) {
        // The same term from the other source, with a nearby end: agreeing or disputed.
        used[set]++;
        String otherSource = term.getSources().contains("s1") ? "s2" : "s1";
        Period restated = term.getPeriod().getStart().isPresent()
            ? Period.parse(term.getPeriod().getStart().get() + "/" + date(r)) : period(r);
        if (restated.isReversed() == Answer.YES) {
          restated = term.getPeriod();
        }
        process.addChairs(Chairmanship.builder().chairs(sets.get(set)).period(restated).addSources(otherSource).build());
      }
      previous = term;
    }
    return with(process);
  }

  /**
   * How many documents the property generates: 1,500 by default, more with
   * {@code -Drcp.oracle.examples=N}.
   */
  private static final int EXAMPLES = Integer.getInteger("rcp.oracle.examples", 1500);

  @Test
  void theEngineFindsExactlyTheChairOverlapsAndGapsThePairwiseReferenceFinds() {
    qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
      Document doc = randomDocument(seed);
      assertThat(engine(doc)).as("seed %d: %s", seed, doc.getProcesses().get(0).getChairs()).isEqualTo(reference(doc));
    });
  }

  @Test
  void theGeneratedDocumentsReachEveryKindOfFinding() {
    // The property above would pass vacuously if the generator never produced these.
    Set<String> seen = new HashSet<>();
    for (long seed = 0; seed < 1500; seed++) {
      for (String finding : reference(randomDocument(seed))) {
        seen.add(finding.substring(0, finding.indexOf(" /")));
      }
    }
    assertThat(seen).contains(CHAIR_OVERLAP + " ERROR", CHAIR_OVERLAP + " WARNING", CHAIR_OVERLAP + " INFO",
        CHAIR_GAP + " WARNING", CHAIR_GAP + " INFO");
  }
}
