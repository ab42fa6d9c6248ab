package org.rcpmodel.validation;

import static org.rcpmodel.validation.RuleId.RULE_CHAIR_NOT_MEMBER;

import org.rcpmodel.Chairmanship;
import org.rcpmodel.Participant;
import org.rcpmodel.Role;
import org.rcpmodel.time.Answer;
import org.rcpmodel.time.Span;

/** {@code chair.not-member} for one chair of one term, the open-world rule that {@link ChairRules} runs. */
final class ChairMembership {

  private ChairMembership() {}

  /**
   * {@code chair.not-member}, severity by the strength of the evidence (docs/RULES.md, "The open
   * world"): ERROR only when the chair is surely not a member all through the term by its records and
   * the proof does not rest on absence (a complete member list dated surely in the term names no
   * membership of it, or it surely holds OBSERVER or CANDIDATE all through the term); INFO when the
   * document may leave members unnamed then; WARNING when a complete list possibly in the term names
   * no membership of it, or its own membership records exclude part of the term; INFO when there is
   * no membership record of it at all. A possible fault keeps the principle-4 INFO of before.
   */
  static void report(Findings findings, ProcessIndex p, Chairmanship chair, Span term, int j, int k) {
    Participant chairing = chair.getChairs().get(k);
    Answer notMember = p.memberThrough(chairing, term).not();
    if (notMember == Answer.NO || p.namedInGroup(chairing, Role.MEMBER)) {
      return;
    }
    Loc at = p.at("chairs", j).at("chairs", k);
    Object[] parameters = {"participant", chairing.id(), "period", Phrase.period(chair.getPeriod()), "how",
        Findings.text(notMember)};
    Span termSpan = term;
    if (notMember == Answer.YES) {
      Answer listed = p.completeListExcludes(chairing, termSpan);
      if (listed == Answer.YES || p.exclusiveRoleThrough(chairing, termSpan)) {
        findings.reportAt(RULE_CHAIR_NOT_MEMBER, Severity.ERROR, "", at, parameters);
      } else if (p.mayLeaveUnnamed(Role.MEMBER, chairing.kind(), termSpan)) {
        // Open world: the chair may be one of the members the document counts but does not name.
        findings.reportAt(RULE_CHAIR_NOT_MEMBER, Severity.INFO, Findings.POSSIBLE, at, parameters);
      } else if (listed == Answer.MAYBE) {
        findings.reportAt(RULE_CHAIR_NOT_MEMBER, Severity.WARNING, Findings.POSSIBLE, at, parameters);
      } else {
        // Only the absence of a record shows it: a later re-joining may be unrecorded.
        findings.reportAt(RULE_CHAIR_NOT_MEMBER, p.hasRecord(chairing, Role.MEMBER) ? Severity.WARNING : Severity.INFO,
            Findings.OPEN, at, parameters);
      }
    } else if (p.mayLeaveUnnamed(Role.MEMBER, chairing.kind(), termSpan)) {
      findings.reportAt(RULE_CHAIR_NOT_MEMBER, Severity.INFO, Findings.POSSIBLE, at, parameters);
    } else {
      // Principle 4: possible only because no source dates the membership (or the term): INFO.
      findings.report(RULE_CHAIR_NOT_MEMBER, notMember, p.membershipUnrecorded(chairing, chair.getPeriod(), term), at,
          parameters);
    }
  }

}
