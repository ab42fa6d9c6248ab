package org.rcpmodel.validation;

import static org.rcpmodel.validation.RuleId.RULE_CHAIR_GAP;
import static org.rcpmodel.validation.RuleId.RULE_CHAIR_NOT_HOST;
import static org.rcpmodel.validation.RuleId.RULE_CHAIR_OVERLAP;
import static org.rcpmodel.validation.RuleId.RULE_CHAIR_TERM_LENGTH;
import static org.rcpmodel.validation.RuleId.RULE_DATE_BEFORE_ESTABLISHMENT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rcpmodel.ChairSelection;
import org.rcpmodel.ChairStatus;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.Meeting;
import org.rcpmodel.MeetingLevel;
import org.rcpmodel.Participant;
import org.rcpmodel.time.Answer;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;

/**
 * The chair rules: {@code chair.not-member} (through {@link ChairMembership}), {@code date.before-establishment} of a term,
 * {@code chair.term-length}, {@code chair.overlap}, {@code chair.gap} and {@code chair.not-host}. Terms
 * of different ordinals (format 1.1) follow one another: they are never counted as running at once.
 * A term that restates,
 * from other sources, a term already recorded ({@link ConflictRules#restatedTerms}) is one fact told
 * twice: it is not counted again for overlaps and gaps.
 *
 * <p>Over 400 lines because the overlap sweep (hand-overs, the sure core kept in a
 * {@link RangeTree}), the gap sweep and the annual-host check share the terms sorted once by start
 * and the restated terms; split apart they would each redo that.
 */
final class ChairRules {

  private final Findings findings;

  ChairRules(Findings findings) {
    this.findings = findings;
  }

  void process(ProcessIndex p) {
    List<Chairmanship> chairs = p.process.getChairs();
    int n = chairs.size();
    Bounds[] bounds = p.chairBounds();
    for (int j = 0; j < n; j++) {
      Chairmanship chair = chairs.get(j);
      for (int k = 0; k < chair.getChairs().size(); k++) {
        ChairMembership.report(findings, p, chair, bounds[j], j, k);
      }
      Answer early = p.startsBeforeEstablishment(chair.getPeriod(), bounds[j]);
      if (early != Answer.NO) {
        findings.report(RULE_DATE_BEFORE_ESTABLISHMENT, early, p.at("chairs", j).at("period"), "start", Phrase.period(chair.getPeriod()),
            "established", p.establishedText(), "how", Findings.text(early));
      }
      termLength(p, chair, bounds[j], j);
    }
    ConflictRules.RestatedTerms restatedTerms = p.restatedChairTerms();
    boolean[] restated = restatedTerms.restated();
    // Principle 1: a term that another source states differently (a fact.conflict) is read as any
    // of its versions, so only what holds of the hull of the versions is sure.
    Bounds[] readings = bounds.clone();
    boolean[] disputed = new boolean[n];
    List<List<Integer>> versions = new ArrayList<>(java.util.Collections.nCopies(n, null));
    for (int[] conflict : restatedTerms.conflicts()) {
      int kept = conflict[1];
      readings[kept] = readings[kept].hull(bounds[conflict[0]]);
      disputed[kept] = true;
      if (versions.get(kept) == null) {
        versions.set(kept, new ArrayList<>(2));
        versions.get(kept).add(kept);
      }
      versions.get(kept).add(conflict[0]);
    }
    List<Integer> terms = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      if (!restated[j]) {
        terms.add(j);
      }
    }
    terms.sort(byStart(readings));
    overlaps(p, terms, bounds, readings, disputed, versions);
    gaps(p, terms, readings, versions);
    if (p.process.getChairingRule().getSelection().orElse(null) == ChairSelection.ANNUAL_HOST) {
      annualHosts(p, terms, bounds);
    }
  }

  /**
   * Under a presidency of the annual host (format 1.1), the chair of a term is the host of each
   * ministerial conference held surely within the units the term's dates name (a term of {@code 2024}
   * is that year's presidency). Reported once per term, at the term, naming the first such meeting
   * (in document order) whose host does not chair it. Meetings that may fall outside those units say
   * nothing. The conferences are sorted once by earliest start; each term looks only at those that
   * start within it.
   */
  private void annualHosts(ProcessIndex p, List<Integer> terms, Bounds[] bounds) {
    List<Chairmanship> chairs = p.process.getChairs();
    List<Meeting> meetings = p.process.getMeetings();
    List<Integer> conferences = new ArrayList<>();
    List<Bounds> held = new ArrayList<>();
    for (int m = 0; m < meetings.size(); m++) {
      Meeting meeting = meetings.get(m);
      Bounds b = Bounds.of(meeting.getPeriod());
      if (meeting.getLevel() == MeetingLevel.MINISTERIAL_CONFERENCE && meeting.getHost().isPresent()
          && b.startLow <= b.endHigh) {
        conferences.add(m);
      }
    }
    // By earliest start, so that each term looks only at the conferences that start within it.
    conferences.sort(Comparator.comparingLong((Integer m) -> Bounds.of(meetings.get(m).getPeriod()).startLow)
        .thenComparingInt(m -> m));
    long[] starts = new long[conferences.size()];
    for (int c = 0; c < conferences.size(); c++) {
      held.add(Bounds.of(meetings.get(conferences.get(c)).getPeriod()));
      starts[c] = held.get(c).startLow;
    }
    for (int j : terms) {
      Bounds term = bounds[j];
      int first = java.util.Arrays.binarySearch(starts, term.startLow);
      if (first < 0) {
        first = -first - 1;
      }
      while (first > 0 && starts[first - 1] == term.startLow) {
        first--;
      }
      int mismatch = -1;
      for (int c = first; c < starts.length && starts[c] <= term.endHigh; c++) {
        // Within the units the term's dates name (a term of 2024 is that year's presidency).
        if (held.get(c).endHigh <= term.endHigh) {
          Meeting meeting = meetings.get(conferences.get(c));
          if (!chairs.get(j).getChairs().contains(Participant.state(meeting.getHost().get()))
              && (mismatch < 0 || conferences.get(c) < mismatch)) {
            mismatch = conferences.get(c);
          }
        }
      }
      if (mismatch >= 0) {
        findings.report(RULE_CHAIR_NOT_HOST, p.at("chairs", j), "period", Phrase.period(chairs.get(j).getPeriod()),
            "host", meetings.get(mismatch).getHost().get(), "meeting", p.at("meetings", mismatch).pointer());
      }
    }
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

  /** The day bounds of each term. */
  static Bounds[] bounds(List<Chairmanship> chairs) {
    Bounds[] bounds = new Bounds[chairs.size()];
    for (int j = 0; j < bounds.length; j++) {
      bounds[j] = Bounds.of(chairs.get(j).getPeriod());
    }
    return bounds;
  }

  /** The ids of a term's chairs, comma-separated. */
  static String chairNames(Chairmanship chair) {
    StringBuilder sb = new StringBuilder();
    for (Participant p : chair.getChairs()) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(p.id());
    }
    return sb.toString();
  }

  /**
   * Orders record indexes by earliest start, then latest start, then index: one comparator, because a
   * chain of {@code thenComparing} keys boxes and dispatches per key on every comparison.
   */
  static Comparator<Integer> byStart(Bounds[] bounds) {
    return (a, b) -> {
      Bounds x = bounds[a];
      Bounds y = bounds[b];
      int c = Long.compare(x.startLow, y.startLow);
      if (c == 0) {
        c = Long.compare(x.startHigh, y.startHigh);
      }
      return c != 0 ? c : Integer.compare(a, b);
    };
  }

  /** How many earlier terms {@link #overlaps} scans for the one a finding names. */
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
   * moment at which this term surely runs, kept in a {@link RangeTree} over each term's sure core
   * [latest start, earliest end]. {@code bounds} are the readings' bounds (the hull of a disputed
   * term's versions); a disputed term takes part in no hand-over, since some version may not.
   */
  private void overlaps(ProcessIndex p, List<Integer> terms, Bounds[] recorded, Bounds[] bounds, boolean[] disputed,
      List<List<Integer>> versions) {
    List<Chairmanship> chairs = p.process.getChairs();
    int max = p.process.getChairingRule().getMaxConcurrentChairs();
    int n = terms.size();
    long[] coreStart = new long[n];
    long[] coreEnd = new long[n];
    boolean[] live = new boolean[n];
    long[] points = new long[2 * n];
    for (int x = 0; x < n; x++) {
      Bounds b = bounds[terms.get(x)];
      live[x] = b.startLow <= b.startHigh && b.endLow <= b.endHigh;
      // Doubled days: a known start sits after, a known end before the half-day between, so that
      // terms meeting only on the day a known end and a known start share (units that then nest:
      // a hand-over) never surely run at once, while every other shared day still counts.
      coreStart[x] = 2 * b.startHigh + (b.startKind == Period.BoundKind.KNOWN ? 1 : 0);
      coreEnd[x] = 2 * b.endLow + (b.endKind == Period.BoundKind.KNOWN ? 0 : 1);
      points[2 * x] = coreStart[x];
      points[2 * x + 1] = coreEnd[x];
    }
    RangeTree surely = new RangeTree(points);
    java.util.PriorityQueue<Integer> byEnd = new java.util.PriorityQueue<>(
        Comparator.comparingLong((Integer x) -> bounds[terms.get(x)].endHigh));
    java.util.TreeSet<Integer> running = new java.util.TreeSet<>();
    Map<PartialDate, Long> endingOn = new HashMap<>();
    Map<PartialDate, Long> startingOn = new HashMap<>();
    Map<Period, Long> samePeriod = new HashMap<>();
    long runningWeight = 0;
    Ordinals ordinals = new Ordinals();
    for (int x = 0; x < n; x++) {
      int j = terms.get(x);
      Chairmanship term = chairs.get(j);
      Period period = term.getPeriod();
      Bounds b = bounds[j];
      int weight = term.getChairs().size();
      long sureWeight = weight;
      long possibleWeight = weight;
      // Whether some term that may run beside this one does so by recorded dates (or a source's
      // version of a disputed term), not only because a date was never recorded (principle 4).
      boolean recordedDoubt = false;
      if (live[x]) {
        while (!byEnd.isEmpty() && bounds[terms.get(byEnd.peek())].endHigh < b.startLow) {
          int gone = byEnd.poll();
          running.remove(gone);
          runningWeight -= chairs.get(terms.get(gone)).getChairs().size();
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
                || !mayRunTogether(chairs, recorded, versionsOf(versions, other), versionsOf(versions, j))) {
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
        possibleWeight += runningWeight - partners;
        // A term with an empty core (a single unit such as 2016) surely overlaps an earlier one
        // only if that one surely runs all through the unit.
        sureWeight += coreStart[x] <= coreEnd[x] ? surely.max(coreStart[x], coreEnd[x])
            : surely.min(coreEnd[x], coreStart[x]);
      }
      Answer tooMany = sureWeight > max ? Answer.YES : possibleWeight > max ? Answer.MAYBE : Answer.NO;
      if (tooMany != Answer.NO) {
        int other = otherTerm(p, x, terms, running, tooMany);
        findings.report(RULE_CHAIR_OVERLAP, tooMany, !recordedDoubt, p.at("chairs", j), "period", Phrase.period(period),
            "other", p.at("chairs", other).pointer(), "max", Integer.toString(max), "how", Findings.text(tooMany));
      }
      if (live[x]) {
        byEnd.add(x);
        running.add(x);
        runningWeight += weight;
        if (!disputed[j]) {
          handOvers(term, endingOn, startingOn, samePeriod, 1);
        }
        ordinals.add(term, 1);
        if (coreStart[x] <= coreEnd[x]) {
          surely.add(coreStart[x], coreEnd[x], weight);
        }
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
  static boolean mayRunTogether(List<Chairmanship> chairs, Bounds[] recorded, List<Integer> a, List<Integer> b) {
    for (int va : a) {
      for (int vb : b) {
        if (!handsOver(chairs.get(va).getPeriod(), chairs.get(vb).getPeriod())
            && recorded[va].endHigh >= recorded[vb].startLow && recorded[vb].endHigh >= recorded[va].startLow) {
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

  private void gaps(ProcessIndex p, List<Integer> terms, Bounds[] bounds, List<List<Integer>> versions) {
    List<Chairmanship> chairs = p.process.getChairs();
    Integer latest = null;
    for (int j : terms) {
      if (chairs.get(j).getPeriod().getStartKind() == Period.BoundKind.UNKNOWN) {
        continue; // a term of unknown start cannot be placed in the sequence
      }
      if (latest != null) {
        Answer gap = gapBetween(chairs, versionsOf(versions, latest), versionsOf(versions, j));
        if (gap != Answer.NO) {
          Period previous = chairs.get(latest).getPeriod();
          findings.report(RULE_CHAIR_GAP, gap, p.at("chairs", j), "period", Phrase.period(chairs.get(j).getPeriod()),
              "previous", Phrase.period(previous), "first", p.at("chairs", latest).pointer(), "how", Findings.text(gap));
        }
      }
      if (latest == null || bounds[j].endHigh >= bounds[latest].endHigh) {
        latest = j;
      }
    }
  }

  private static List<Integer> versionsOf(List<List<Integer>> versions, int term) {
    List<Integer> all = versions.get(term);
    return all == null ? List.of(term) : all;
  }

  /**
   * Whether time passes with no chair between two terms, in every reading (YES), in some (MAYBE) or
   * in none (NO): a reading takes one source's version of each disputed term (principle 1).
   */
  private static Answer gapBetween(List<Chairmanship> chairs, List<Integer> previous, List<Integer> next) {
    boolean every = true;
    boolean some = false;
    for (int a : previous) {
      for (int b : next) {
        Period before = chairs.get(a).getPeriod();
        Period after = chairs.get(b).getPeriod();
        Answer gap = adjacent(before, after) ? Answer.NO : before.leavesGapBefore(after);
        every &= gap == Answer.YES;
        some |= gap != Answer.NO;
      }
    }
    return every ? Answer.YES : some ? Answer.MAYBE : Answer.NO;
  }

  /**
   * Whether the next term starts in the unit right after the one the previous ends in
   * ({@code 2018/2020} then {@code 2021/2022}; {@code 1995-06/1997-05} then {@code 1997-06/1999-05}):
   * the way sources write consecutive terms, not evidence of a gap.
   */
  private static boolean adjacent(Period previous, Period next) {
    return previous.getEnd().isPresent() && next.getStart().isPresent()
        && next.getStart().get().earliestEpochDay() == previous.getEnd().get().latestEpochDay() + 1;
  }

  private void termLength(ProcessIndex p, Chairmanship chair, Bounds b, int j) {
    Optional<Integer> months = p.process.getChairingRule().getTermMonths();
    if (months.isEmpty() || chair.getPeriod().getStartKind() != Period.BoundKind.KNOWN
        || chair.getPeriod().isReversed() == Answer.YES) {
      return; // a reversed period has no length; period.reversed reports it
    }
    int m = months.get();
    long shortestEnd;
    switch (chair.getPeriod().getEndKind()) {
      case KNOWN -> shortestEnd = b.endLow;
      case OPEN -> {
        // An open-ended term has lasted at least until the as-of date, once it has started.
        if (p.document.doc.getAsOf().isEmpty() || chair.getStatus().orElse(ChairStatus.CURRENT) == ChairStatus.INCOMING) {
          return;
        }
        shortestEnd = p.document.doc.getAsOf().get().earliestEpochDay();
      }
      default -> {
        return;
      }
    }
    // Tolerance: a term may be a month shorter or longer than declared. k >= 0 months add 28k to
    // 31k days, so most terms are decided without calendar arithmetic.
    boolean surelyLonger = (m < 0 || shortestEnd + 1 > b.startHigh + 28 * (m + 1L))
        && LocalDate.ofEpochDay(shortestEnd).plusDays(1)
            .isAfter(LocalDate.ofEpochDay(b.startHigh).plusMonths(m + 1L));
    boolean surelyShorter = chair.getPeriod().getEndKind() == Period.BoundKind.KNOWN
        && (m < 1 || b.endHigh + 1 < b.startLow + 31 * (m - 1L))
        && LocalDate.ofEpochDay(b.endHigh).plusDays(1)
            .isBefore(LocalDate.ofEpochDay(b.startLow).plusMonths(m - 1L));
    if (surelyLonger || surelyShorter) {
      findings.reportVariant(RULE_CHAIR_TERM_LENGTH, surelyLonger ? "longer" : "shorter", p.at("chairs", j).at("period"),
          "period", Phrase.period(chair.getPeriod()), "months", Integer.toString(m));
    }
  }

}
