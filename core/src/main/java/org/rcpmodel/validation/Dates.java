package org.rcpmodel.validation;

import org.rcpmodel.time.Answer;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;
import org.rcpmodel.time.Span;

/** The comparisons of a record's date with a reference date that the rules share. */
final class Dates {

  private Dates() {}

  /** Whether a record's date lies before a reference date, reading a date inside the reference's unit as no earlier. */
  static Answer before(PartialDate record, PartialDate reference) {
    return inside(record, reference) ? Answer.NO : record.isBefore(reference);
  }

  /** Whether a record's date lies after a reference date, reading a date inside the reference's unit as no later. */
  static Answer after(PartialDate record, PartialDate reference) {
    return inside(record, reference) ? Answer.NO : record.isAfter(reference);
  }

  /**
   * The refinement principle's test: the inner date lies in the unit of the outer one. It holds only
   * between plain dates: a date that is uncertain or approximate may lie in a neighbouring unit, so
   * a finding resting on it stays possible (the time package's relations answer for it).
   */
  static boolean inside(PartialDate inner, PartialDate outer) {
    return !inner.isQualified() && !outer.isQualified() && outer.encloses(inner);
  }

  /** The first day a date may stand for in a relation: its unit's, or its neighbourhood's when qualified. */
  static long low(PartialDate date) {
    return date.isQualified() ? Span.of(Period.of(date)).earliestStartDay() : date.earliestEpochDay();
  }

  /** The last day a date may stand for in a relation; see {@link #low}. */
  static long high(PartialDate date) {
    return date.isQualified() ? Span.of(Period.of(date)).latestEndDay() : date.latestEpochDay();
  }
}
