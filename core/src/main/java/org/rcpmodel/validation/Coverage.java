package org.rcpmodel.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rcpmodel.time.Answer;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;

/**
 * A participant's membership records and the chains they form, indexed once so that "does some
 * span hold this term" is answered in O(log n), with exactly the answer of OR-ing
 * {@link Bounds#within} over them: a span
 * surely holds when its start is surely not after the asked start (or its start date encloses the
 * asked one) and its end surely not before the asked end (or its end date encloses it); possibly,
 * when its earliest start is not after the asked latest start and its latest end not before the
 * asked earliest end.
 */
final class Coverage {
  /**
   * Up to this many spans are asked one by one: most participants have one or two records, and
   * indexing them would cost more than the questions.
   */
  private static final int ASKED_DIRECTLY = 8;

  /** The spans themselves when there are few, else null and the indexes below answer. */
  private final List<Bounds> few;
  /** By latest start, with the prefix maxima of the earliest ends. */
  private long[] byLatestStart;
  private long[] earliestEndUpTo;
  /** By earliest start, with the prefix maxima of the latest ends. */
  private long[] byEarliestStart;
  private long[] latestEndUpTo;
  /** By known start date: the greatest earliest end; by known end date: the smallest latest start. */
  private Map<PartialDate, Long> earliestEndByStartDate;
  private Map<PartialDate, Long> latestStartByEndDate;
  private Set<Period> knownPeriods;
  /** Whether some known start or end has unspecified digits, so that the lookups must try such units. */
  private boolean unspecifiedUnits;

  Coverage(List<Bounds> spans) {
    if (spans.size() <= ASKED_DIRECTLY) {
      few = spans;
      return;
    }
    few = null;
    earliestEndByStartDate = new HashMap<>();
    latestStartByEndDate = new HashMap<>();
    knownPeriods = new HashSet<>();
    List<Bounds> all = new ArrayList<>(spans);
    for (Bounds b : all) {
      unspecifiedUnits |= (b.startDate != null && b.startDate.isUnspecified())
          || (b.endDate != null && b.endDate.isUnspecified());
      if (b.startDate != null) {
        earliestEndByStartDate.merge(b.startDate, b.endLow, Math::max);
      }
      if (b.endDate != null) {
        latestStartByEndDate.merge(b.endDate, b.startHigh, Math::min);
      }
      if (b.startDate != null && b.endDate != null) {
        knownPeriods.add(Period.of(b.startDate, b.endDate));
      }
    }
    int n = all.size();
    byLatestStart = new long[n];
    earliestEndUpTo = new long[n];
    byEarliestStart = new long[n];
    latestEndUpTo = new long[n];
    all.sort(Comparator.comparingLong(b -> b.startHigh));
    for (int x = 0; x < n; x++) {
      byLatestStart[x] = all.get(x).startHigh;
      earliestEndUpTo[x] = Math.max(x > 0 ? earliestEndUpTo[x - 1] : Long.MIN_VALUE, all.get(x).endLow);
    }
    all.sort(Comparator.comparingLong(b -> b.startLow));
    for (int x = 0; x < n; x++) {
      byEarliestStart[x] = all.get(x).startLow;
      latestEndUpTo[x] = Math.max(x > 0 ? latestEndUpTo[x - 1] : Long.MIN_VALUE, all.get(x).endHigh);
    }
  }

  /** Whether some span holds a term, as {@link Bounds#within}. */
  Answer holding(Bounds term) {
    if (few != null) {
      Answer any = Answer.NO;
      for (int i = 0; i < few.size() && any != Answer.YES; i++) {
        any = any.or(term.within(few.get(i)));
      }
      return any;
    }
    return holds(term.startLow, term.startHigh, term.endHigh, term.endLow,
        term.startDate == null ? List.of() : enclosing(term.startDate, unspecifiedUnits),
        term.endDate == null ? List.of() : enclosing(term.endDate, unspecifiedUnits));
  }

  private Answer holds(long startLow, long startHigh, long endHigh, long endLow, List<PartialDate> startUnits,
      List<PartialDate> endUnits) {
    int upTo = lastAtMost(byLatestStart, startLow);
    if (upTo >= 0 && earliestEndUpTo[upTo] >= endHigh) {
      return Answer.YES;
    }
    for (PartialDate unit : startUnits) {
      Long end = earliestEndByStartDate.get(unit);
      if (end != null && end >= endHigh) {
        return Answer.YES;
      }
      for (PartialDate endUnit : endUnits) {
        if (knownPeriods.contains(Period.of(unit, endUnit))) {
          return Answer.YES;
        }
      }
    }
    for (PartialDate unit : endUnits) {
      Long start = latestStartByEndDate.get(unit);
      if (start != null && start <= startLow) {
        return Answer.YES;
      }
    }
    int possible = lastAtMost(byEarliestStart, startHigh);
    return possible >= 0 && latestEndUpTo[possible] >= endLow ? Answer.MAYBE : Answer.NO;
  }

  /** The index of the last element not greater than {@code key} in a sorted array, or -1. */
  private static int lastAtMost(long[] sorted, long key) {
    int low = 0;
    int high = sorted.length - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] <= key) {
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return high;
  }

  /**
   * The date and the coarser plain units that enclose it: 2013-06-05, 2013-06, 2013 (2013-06-XX,
   * 2013-06, 2013; 201X alone). None for a qualified date, for which the refinement principle does
   * not hold (see {@link Dates#inside}). With {@code unspecified}, also the units with unspecified
   * digits that enclose it (201X, 20XX, 2013-XX, 2013-XX-XX, 2013-06-XX), so that the answer is that
   * of {@link Bounds#contains} and {@link Bounds#within} when such units are among the keys.
   */
  private static List<PartialDate> enclosing(PartialDate date, boolean unspecified) {
    if (date.isQualified()) {
      return List.of();
    }
    List<PartialDate> units = new ArrayList<>(unspecified ? 8 : 3);
    units.add(date);
    int yearX = date.getUnspecifiedYearDigits();
    if (yearX == 0 && date.getPrecision() != org.rcpmodel.time.Precision.YEAR) {
      units.add(PartialDate.ofYear(date.getYear()));
    }
    if (date.getPrecision() == org.rcpmodel.time.Precision.DAY && date.getMonth().isPresent()) {
      units.add(PartialDate.ofYearMonth(date.getYear(), date.getMonth().getAsInt()));
    }
    if (unspecified) {
      String year = String.format("%04d", date.getYear());
      if (yearX < 1) {
        units.add(PartialDate.parse(year.substring(0, 3) + "X"));
      }
      if (yearX < 2) {
        units.add(PartialDate.parse(year.substring(0, 2) + "XX"));
      }
      if (yearX == 0) {
        units.add(PartialDate.parse(year + "-XX"));
        units.add(PartialDate.parse(year + "-XX-XX"));
        if (date.getMonth().isPresent()) {
          units.add(PartialDate.parse(year + "-" + String.format("%02d", date.getMonth().getAsInt()) + "-XX"));
        }
      }
    }
    return units;
  }
}
