package org.rcpmodel.validation;

import static org.rcpmodel.validation.RuleId.RULE_CHAIR_OVERLAP;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.time.Answer;
import org.rcpmodel.time.Concurrency;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;
import org.rcpmodel.time.Span;

/**
 * {@code chair.overlap}: the terms (in start order) that run, or may run, beside more chairs than the
 * chairing rule allows. {@link Concurrency} counts what surely and possibly runs at once; the policy
 * here is which running terms are no partner of a term: those that hand over to or from it by their
 * recorded dates, those of another ordinal (format 1.1), and, for a disputed term, only what every
 * source's version allows (principle 1).
 */
final class ChairOverlaps {

  private final Findings findings;

  ChairOverlaps(Findings findings) {
    this.findings = findings;
  }

  /** The known start and end dates of running terms, for finding hand-overs. */
  private static final class HandOverDates {
    final Map<PartialDate, Long> endingOn = new HashMap<>();
    final Map<PartialDate, Long> startingOn = new HashMap<>();
    final Map<Period, Long> samePeriod = new HashMap<>();

    void add(Chairmanship term, int sign) {
      handOvers(term, endingOn, startingOn, samePeriod, sign);
    }

    long weight(Period period) {
      return handOverWeight(period, endingOn, startingOn, samePeriod);
    }
  }

  /**
   * The running terms that carry an ordinal (format 1.1), by ordinal: a term of ordinal {@code o}
   * cannot run beside one of another ordinal, so their weight, less the weight already taken off as
   * hand-overs, is taken off what may run beside it.
   */
  private static final class Ordinals {
    private final Map<Integer, Long> weightByOrdinal = new HashMap<>();
    private final Map<Integer, HandOverDates> datesByOrdinal = new HashMap<>();
    private final HandOverDates dates = new HandOverDates();
    private long weight;

    void add(Chairmanship term, int sign) {
      if (term.getOrdinal().isEmpty()) {
        return;
      }
      int o = term.getOrdinal().get();
      long w = (long) sign * term.getChairs().size();
      weight += w;
      weightByOrdinal.merge(o, w, Long::sum);
      dates.add(term, sign);
      datesByOrdinal.computeIfAbsent(o, k -> new HandOverDates()).add(term, sign);
    }

    /** The weight of the running terms of other ordinals that do not already hand over to or from this one. */
    long otherOrdinals(Chairmanship term) {
      if (term.getOrdinal().isEmpty() || weight == 0) {
        return 0;
      }
      int o = term.getOrdinal().get();
      HandOverDates same = datesByOrdinal.get(o);
      long others = weight - weightByOrdinal.getOrDefault(o, 0L);
      long othersHandingOver = dates.weight(term.getPeriod()) - (same == null ? 0 : same.weight(term.getPeriod()));
      return others - othersHandingOver;
    }
  }


  /** How many earlier terms {@link #report} scans for the one a finding names. */
  private static final int OTHER_SCAN = 64;

  /**
   * Up to this many running terms, those that hand over to or from a term are found by comparing
   * it with each ({@link #handsOver}); in a larger crowd (no real process has one) only hand-overs
   * on the same unit are found, by the maps of {@link #handOverWeight}.
   */
  static final int COMPARED_ONE_BY_ONE = 64;

  /**
   * Reports each term (in start order) that runs, or may run, beside more chairs than the rule
   * allows, by one sweep. The possible count is the weight of the earlier terms whose latest end is
   * not before this term's earliest start, less those that hand over to or from it
   * ({@link #handsOver}); the sure count is the largest weight of earlier terms surely running at one
   * moment at which this term surely runs ({@link Concurrency.Sweep#surelyRunningWeight}).
   * {@code readings} read a disputed term by the hull of its versions; {@code recorded} are the
   * terms' own spans. A disputed term takes part in no hand-over, since some version may not.
   */
  void report(ProcessIndex p, List<Integer> terms, Span[] recorded, Concurrency readings, boolean[] disputed,
      List<List<Integer>> versions) {
    List<Chairmanship> chairs = p.process.getChairs();
    int max = p.process.getChairingRule().getMaxConcurrentChairs();
    int n = terms.size();
    Concurrency.Sweep sweep = readings.sweep(terms);
    java.util.NavigableSet<Integer> running = sweep.running();
    Map<PartialDate, Long> endingOn = new HashMap<>();
    Map<PartialDate, Long> startingOn = new HashMap<>();
    Map<Period, Long> samePeriod = new HashMap<>();
    Ordinals ordinals = new Ordinals();
    for (int x = 0; x < n; x++) {
      int j = terms.get(x);
      Chairmanship term = chairs.get(j);
      Period period = term.getPeriod();
      boolean live = readings.isLive(j);
      int weight = term.getChairs().size();
      long sureWeight = weight;
      long possibleWeight = weight;
      // Whether some term that may run beside this one does so by recorded dates (or a source's
      // version of a disputed term), not only because a date was never recorded (principle 4).
      boolean recordedDoubt = false;
      if (live) {
        for (int gone = sweep.nextLeaving(x); gone >= 0; gone = sweep.nextLeaving(x)) {
          if (!disputed[terms.get(gone)]) {
            handOvers(chairs.get(terms.get(gone)), endingOn, startingOn, samePeriod, -1);
          }
          ordinals.add(chairs.get(terms.get(gone)), -1);
        }
        long partners = 0;
        if (running.size() <= COMPARED_ONE_BY_ONE) {
          for (int y : running) {
            int other = terms.get(y);
            if (otherOrdinal(chairs.get(other), term)
                || !mayRunTogether(chairs, recorded, ChairRules.versionsOf(versions, other), ChairRules.versionsOf(versions, j))) {
              partners += chairs.get(other).getChairs().size();
            } else if (disputed[other] || disputed[j] || !(unrecorded(chairs.get(other)) || unrecorded(term))) {
              recordedDoubt = true;
            }
          }
        } else {
          partners = disputed[j] ? 0
              : handOverWeight(period, endingOn, startingOn, samePeriod) + ordinals.otherOrdinals(term);
          recordedDoubt = true;
        }
        possibleWeight += sweep.runningWeight() - partners;
        // A term with an empty sure run (a single unit such as 2016) surely overlaps an earlier one
        // only if that one surely runs all through the unit.
        sureWeight += sweep.surelyRunningWeight(x);
      }
      Answer tooMany = sureWeight > max ? Answer.YES : possibleWeight > max ? Answer.MAYBE : Answer.NO;
      if (tooMany != Answer.NO) {
        int other = otherTerm(p, x, terms, running, tooMany);
        findings.report(RULE_CHAIR_OVERLAP, tooMany, !recordedDoubt, p.at("chairs", j), "period", Phrase.period(period),
            "other", p.at("chairs", other).pointer(), "max", Integer.toString(max), "how", Findings.text(tooMany));
      }
      if (live) {
        sweep.add(x);
        if (!disputed[j]) {
          handOvers(term, endingOn, startingOn, samePeriod, 1);
        }
        ordinals.add(term, 1);
      }
    }
  }

  /**
   * Whether two terms may be a hand-over rather than an overlap (DOMAIN principle 4): one's known
   * end and the other's known start are units that share a day ({@code 2013-06/2016} then
   * {@code 2016-10/2018}; {@code 2016-11} and {@code 2016-11}), so the recorded precision allows
   * the one to end the day the other starts.
   */
  static boolean handsOver(Period a, Period b) {
    // In both orders at once (two records of one single unit) no tie is made, as in Span.
    return meets(a, b) != meets(b, a);
  }

  /**
   * Whether two terms may run at once in some reading: some pair of their sources' versions whose
   * day ranges meet and that do not hand over.
   */
  static boolean mayRunTogether(List<Chairmanship> chairs, Span[] recorded, List<Integer> a, List<Integer> b) {
    for (int va : a) {
      for (int vb : b) {
        if (!handsOver(chairs.get(va).getPeriod(), chairs.get(vb).getPeriod()) && recorded[va].mayMeet(recorded[vb])) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether two terms carry different ordinals (format 1.1): they follow one another. */
  static boolean otherOrdinal(Chairmanship a, Chairmanship b) {
    return a.getOrdinal().isPresent() && b.getOrdinal().isPresent() && !a.getOrdinal().equals(b.getOrdinal());
  }

  /** Whether a term has a bound no source gives. */
  static boolean unrecorded(Chairmanship term) {
    return term.getPeriod().getStartKind() == Period.BoundKind.UNKNOWN
        || term.getPeriod().getEndKind() == Period.BoundKind.UNKNOWN;
  }

  private static boolean meets(Period earlier, Period later) {
    return earlier.getEndKind() == Period.BoundKind.KNOWN && later.getStartKind() == Period.BoundKind.KNOWN
        && earlier.getEnd().get().agreesWith(later.getStart().get());
  }

  /** Adds ({@code sign} 1) or removes (-1) a running term's weight under its known start and end dates. */
  private static void handOvers(Chairmanship term, Map<PartialDate, Long> endingOn, Map<PartialDate, Long> startingOn,
      Map<Period, Long> samePeriod, int sign) {
    Period period = term.getPeriod();
    long weight = (long) sign * term.getChairs().size();
    if (period.getEndKind() == Period.BoundKind.KNOWN) {
      endingOn.merge(period.getEnd().get(), weight, Long::sum);
    }
    if (period.getStartKind() == Period.BoundKind.KNOWN) {
      startingOn.merge(period.getStart().get(), weight, Long::sum);
    }
    if (period.getStartKind() == Period.BoundKind.KNOWN && period.getEndKind() == Period.BoundKind.KNOWN) {
      samePeriod.merge(period, weight, Long::sum);
    }
  }

  /**
   * The weight of the running terms that hand over to or from this one (and so do not overlap it):
   * those ending on its start or starting on its end, less those doing both, which hand over both
   * ways and so are no hand-over.
   */
  private static long handOverWeight(Period period, Map<PartialDate, Long> endingOn, Map<PartialDate, Long> startingOn,
      Map<Period, Long> samePeriod) {
    long weight = 0;
    if (period.getStartKind() == Period.BoundKind.KNOWN) {
      weight += endingOn.getOrDefault(period.getStart().get(), 0L);
    }
    if (period.getEndKind() == Period.BoundKind.KNOWN) {
      weight += startingOn.getOrDefault(period.getEnd().get(), 0L);
    }
    if (period.getStartKind() == Period.BoundKind.KNOWN && period.getEndKind() == Period.BoundKind.KNOWN) {
      weight -= 2 * samePeriod.getOrDefault(Period.of(period.getEnd().get(), period.getStart().get()), 0L);
    }
    return weight;
  }

  /**
   * The earlier term a chair.overlap finding names: among the first running terms in start order,
   * the first that surely overlaps (for an ERROR) or else may overlap; the term itself if none.
   */
  private static int otherTerm(ProcessIndex p, int x, List<Integer> terms, java.util.NavigableSet<Integer> running, Answer tooMany) {
    List<Chairmanship> chairs = p.process.getChairs();
    Period period = chairs.get(terms.get(x)).getPeriod();
    int firstPossible = -1;
    int scanned = 0;
    for (int y : running) {
      if (scanned++ == OTHER_SCAN) {
        break;
      }
      Period earlier = chairs.get(terms.get(y)).getPeriod();
      Answer overlap = handsOver(earlier, period) ? Answer.NO : earlier.overlaps(period);
      if (overlap == Answer.YES && tooMany == Answer.YES) {
        return terms.get(y);
      }
      if (overlap != Answer.NO && firstPossible < 0) {
        firstPossible = terms.get(y);
        if (tooMany != Answer.YES) {
          break;
        }
      }
    }
    return firstPossible >= 0 ? firstPossible : terms.get(x);
  }

}
