package org.rcpmodel.validation;

import org.rcpmodel.Participant;
import org.rcpmodel.time.Answer;
import org.rcpmodel.time.PartialDate;

/**
 * The one reading of "a participant takes part in the process on a date" that
 * {@code meeting.host-not-participant} and {@code declaration.adopter-not-participant} share, with
 * the severity the evidence earns (docs/RULES.md, "The open world"). The answer is the one
 * {@code ProcessQuery.takesPart} gives: the fold of the participant's records and the records of the
 * groups naming it, MAYBE where the document may leave participants unnamed.
 */
final class Attendance {

  private Attendance() {}

  /**
   * Reports that the participant does not, or may not, take part on the date: nothing when a record
   * surely holds; when none can hold, the rule's severity if complete lists of every role close the
   * date (every day of it), INFO (possible) if the document may leave participants unnamed then,
   * WARNING (at most the rule's severity) if the participant has records that exclude the date, INFO
   * if the document has no record of it at all; when a record may hold, INFO if the
   * document may leave participants unnamed, else the rule's severity one step lower.
   *
   * @param parameters the message parameters before {@code how}
   */
  static void report(Findings findings, ProcessIndex p, RuleId id, Participant who, PartialDate date, Loc at,
      Object... parameters) {
    Answer absent = p.takesPart(who, date).not();
    if (absent == Answer.NO) {
      return;
    }
    Object[] all = java.util.Arrays.copyOf(parameters, parameters.length + 2);
    all[parameters.length] = "how";
    all[parameters.length + 1] = Findings.text(absent);
    Severity rule = id.rule().severity();
    Severity warning = rule.compareTo(Severity.WARNING) < 0 ? Severity.WARNING : rule;
    boolean unnamed = p.mayLeaveUnnamed(null, who.kind(), date);
    if (absent == Answer.YES) {
      if (p.world.closesEveryRole(date) == Answer.YES) {
        findings.reportAt(id, rule, "", at, all);
      } else if (unnamed) {
        // Open world: it may be one of the participants the document counts but does not name.
        findings.reportAt(id, Severity.INFO, Findings.POSSIBLE, at, all);
      } else {
        // Only the absence of a record shows it: a later joining may be unrecorded.
        findings.reportAt(id, p.hasRecord(who, null) ? warning : Severity.INFO, Findings.OPEN, at, all);
      }
    } else if (unnamed) {
      findings.reportAt(id, Severity.INFO, Findings.POSSIBLE, at, all);
    } else {
      findings.report(id, Answer.MAYBE, at, all);
    }
  }
}
