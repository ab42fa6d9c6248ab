package org.rcpmodel.validation;

import org.rcpmodel.time.Answer;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;
import org.rcpmodel.time.Span;

/**
 * The day ranges the start and the end of a period (optionally narrowed by a date on which it held)
 * may take, as {@link Span} computes them, with the known end dates beside them, for the comparisons
 * of the rules that {@link Period} and {@link Span} do not answer directly (containment with the
 * refinement principle, term lengths, sweep ordering).
 *
 * <p>Immutable.
 */
final class Bounds {

  final long startLow;
  final long startHigh;
  final long endLow;
  final long endHigh;
  /** The known start, for the refinement principle; null when not known. */
  final PartialDate startDate;
  /** The known end; null when not known. */
  final PartialDate endDate;
  final Period.BoundKind startKind;
  final Period.BoundKind endKind;

  private Bounds(long startLow, long startHigh, long endLow, long endHigh, PartialDate startDate,
      PartialDate endDate, Period.BoundKind startKind, Period.BoundKind endKind) {
    this.startLow = startLow;
    this.startHigh = startHigh;
    this.endLow = endLow;
    this.endHigh = endHigh;
    this.startDate = startDate;
    this.endDate = endDate;
    this.startKind = startKind;
    this.endKind = endKind;
  }

  static Bounds of(Period period) {
    return of(Span.of(period));
  }

  static Bounds of(Span span) {
    Period period = span.getPeriod();
    return new Bounds(span.earliestStartDay(), span.latestStartDay(), span.earliestEndDay(), span.latestEndDay(),
        period.getStart().orElse(null), period.getEnd().orElse(null), period.getStartKind(), period.getEndKind());
  }

  /** A period covering this one's start and the other's end (for chains of records). */
  Bounds through(Bounds later) {
    return new Bounds(startLow, startHigh, later.endLow, later.endHigh, startDate, later.endDate, startKind,
        later.endKind);
  }

  /**
   * The bounds every version of one disputed fact lies within: the earliest of the earliest and the
   * latest of the latest days, so that what is sure of the hull is sure in every source's version
   * (the readings of principle 1). The known dates are this one's.
   */
  Bounds hull(Bounds version) {
    return new Bounds(Math.min(startLow, version.startLow), Math.max(startHigh, version.startHigh),
        Math.min(endLow, version.endLow), Math.max(endHigh, version.endHigh), startDate, endDate, startKind, endKind);
  }

  /** "a is not after b" for two day ranges. */
  static Answer notAfter(long aLow, long aHigh, long bLow, long bHigh) {
    if (aHigh <= bLow) {
      return Answer.YES;
    }
    return aLow > bHigh ? Answer.NO : Answer.MAYBE;
  }

  /**
   * Whether this span lies within the outer one, with the refinement principle: a known end inside
   * the unit of the outer's matching known end (equal, or finer) is taken to lie on the inner side.
   */
  Answer within(Bounds outer) {
    Answer start = startDate != null && outer.startDate != null && Dates.inside(startDate, outer.startDate) ? Answer.YES
        : notAfter(outer.startLow, outer.startHigh, startLow, startHigh);
    Answer end = endDate != null && outer.endDate != null && Dates.inside(endDate, outer.endDate) ? Answer.YES
        : notAfter(endLow, endHigh, outer.endLow, outer.endHigh);
    return start.and(end);
  }
}
