package org.rcpmodel.validation;

import org.rcpmodel.time.Answer;
import org.rcpmodel.time.PartialDate;

/** The comparisons of a record's date with a reference date that the rules share. */
final class Dates {

  private Dates() {}

  /** Whether a record's date lies before a reference date, reading a date inside the reference's unit as no earlier. */
  static Answer before(PartialDate record, PartialDate reference) {
    return reference.encloses(record) ? Answer.NO : record.isBefore(reference);
  }

  /** Whether a record's date lies after a reference date, reading a date inside the reference's unit as no later. */
  static Answer after(PartialDate record, PartialDate reference) {
    return reference.encloses(record) ? Answer.NO : record.isAfter(reference);
  }
}
