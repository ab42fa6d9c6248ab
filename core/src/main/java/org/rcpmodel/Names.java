package org.rcpmodel;

import java.util.List;
import org.rcpmodel.time.Answer;
import org.rcpmodel.time.PartialDate;

/** Resolves which of several names applied on a date. */
final class Names {
  private Names() {}

  static String on(List<FormerName> formerNames, String currentName, PartialDate date) {
    for (FormerName former : formerNames) {
      if (former.getPeriod().contains(date) == Answer.YES) {
        return former.getName();
      }
    }
    return currentName;
  }
}
