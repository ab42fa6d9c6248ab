package org.rcpmodel.validation;

import java.time.LocalDate;
import org.rcpmodel.time.Answer;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;

/**
 * The day ranges the start and the end of a period (optionally narrowed by a date on which it held)
 * may take, in epoch days, for the comparisons of the rules that {@link Period} and
 * {@link org.rcpmodel.time.Span} do not answer directly (containment with the refinement principle,
 * term lengths, sweep ordering). Unknown ends range over all days; open ends sit at the far ends.
 *
 * <p>Immutable.
 */
final class Bounds {

  /** An open start and the lowest day an unknown start may take. */
  static final long LOW = -(1L << 36);
  /** An open end and the highest day an unknown end may take. */
  static final long HIGH = 1L << 36;

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

  static long first(PartialDate d) {
    return d.earliestEpochDay();
  }

  static long last(PartialDate d) {
    return d.latestEpochDay();
  }

  static Bounds of(Period period) {
    return of(period, null);
  }

  static Bounds of(Period period, PartialDate heldOn) {
    PartialDate s = period.getStart().orElse(null);
    PartialDate e = period.getEnd().orElse(null);
    long sl;
    long sh;
    long el;
    long eh;
    switch (period.getStartKind()) {
      case KNOWN -> {
        sl = first(s);
        sh = last(s);
      }
      case OPEN -> {
        sl = LOW;
        sh = LOW;
      }
      default -> {
        sl = LOW;
        sh = HIGH;
      }
    }
    switch (period.getEndKind()) {
      case KNOWN -> {
        el = first(e);
        eh = last(e);
      }
      case OPEN -> {
        el = HIGH;
        eh = HIGH;
      }
      default -> {
        el = LOW;
        eh = HIGH;
      }
    }
    if (heldOn != null) {
      sh = Math.min(sh, last(heldOn));
      el = Math.max(el, first(heldOn));
    }
    sh = Math.min(sh, eh);
    el = Math.max(el, sl);
    return new Bounds(sl, sh, el, eh, s, e, period.getStartKind(), period.getEndKind());
  }

  /** A period covering this one's start and the other's end (for chains of records). */
  Bounds through(Bounds later) {
    return new Bounds(startLow, startHigh, later.endLow, later.endHigh, startDate, later.endDate, startKind,
        later.endKind);
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
    Answer start = startDate != null && outer.startDate != null && outer.startDate.encloses(startDate) ? Answer.YES
        : notAfter(outer.startLow, outer.startHigh, startLow, startHigh);
    Answer end = endDate != null && outer.endDate != null && outer.endDate.encloses(endDate) ? Answer.YES
        : notAfter(endLow, endHigh, outer.endLow, outer.endHigh);
    return start.and(end);
  }

  /**
   * Whether the day a date stands for lies within this span, with the refinement principle: a date
   * inside the unit of a known start or end is taken to lie on the inner side of it.
   */
  Answer contains(PartialDate date) {
    long lo = first(date);
    long hi = last(date);
    if (startLow > startHigh || endLow > endHigh) {
      return Answer.NO;
    }
    Answer start = startDate != null && startDate.encloses(date) ? Answer.YES : notAfter(startLow, startHigh, lo, hi);
    Answer end = endDate != null && endDate.encloses(date) ? Answer.YES : notAfter(lo, hi, endLow, endHigh);
    return start.and(end);
  }

  /** Whether a record's date lies before a reference date, reading a date inside the reference's unit as no earlier. */
  static Answer before(PartialDate record, PartialDate reference) {
    return reference.encloses(record) ? Answer.NO : record.isBefore(reference);
  }

  /** Whether a record's date lies after a reference date, reading a date inside the reference's unit as no later. */
  static Answer after(PartialDate record, PartialDate reference) {
    return reference.encloses(record) ? Answer.NO : record.isAfter(reference);
  }

  static LocalDate day(long epochDay) {
    return LocalDate.ofEpochDay(epochDay);
  }
}
