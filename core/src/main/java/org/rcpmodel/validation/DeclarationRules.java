package org.rcpmodel.validation;

import static org.rcpmodel.validation.RuleId.RULE_DECLARATION_ADOPTER_NOT_PARTICIPANT;
import static org.rcpmodel.validation.RuleId.RULE_DECLARATION_ANACHRONISM;
import static org.rcpmodel.validation.RuleId.RULE_DECLARATION_OUTSIDE_MEETING;

import java.util.List;
import org.rcpmodel.Declaration;
import org.rcpmodel.Framework;
import org.rcpmodel.Participant;
import org.rcpmodel.time.Answer;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;
import org.rcpmodel.time.Span;

/**
 * The declaration rules: {@code declaration.outside-meeting} (adopted within its meeting),
 * {@code declaration.adopter-not-participant} (every adopter takes part on the adoption date, unless
 * the declaration is or may be from before the process was established) and
 * {@code declaration.anachronism} (no framework adopted after it). An unresolved meeting is a matter
 * for {@link ReferenceRules}.
 */
final class DeclarationRules {

  private final DocumentIndex index;
  private final Findings findings;

  DeclarationRules(DocumentIndex index, Findings findings) {
    this.index = index;
    this.findings = findings;
  }

  void process(ProcessIndex p) {
    List<Declaration> declarations = p.process.getDeclarations();
    for (int d = 0; d < declarations.size(); d++) {
      Declaration declaration = declarations.get(d);
      Loc at = null; // built only for a finding
      PartialDate adopted = declaration.getAdopted();
      if (declaration.getMeeting().isPresent()) {
        Integer m = p.meetingIndex.get(declaration.getMeeting().get());
        if (m != null) {
          Period meeting = p.process.getMeetings().get(m).getPeriod();
          Answer outside = Span.of(meeting).contains(adopted).not();
          if (outside != Answer.NO) {
            // A date inside the unit of the meeting's recorded start or end (a meeting of 2015-05, a
            // declaration of 2015-05-20), or a month or year holding that start or end (a declaration
            // of 2011-03 at a meeting of 2011-03-14/2011-03-16), may lie outside only because days
            // were never recorded: advice, not a warning (principle 4).
            boolean onlyUnrecordedDays = outside == Answer.MAYBE && refinesABound(meeting, adopted);
            at = p.at("declarations", d);
            findings.report(RULE_DECLARATION_OUTSIDE_MEETING, outside, onlyUnrecordedDays, at.at("adopted"),
                "adopted", adopted.toString(), "meeting", declaration.getMeeting().get(), "period", Phrase.period(meeting),
                "how", Findings.text(outside));
          }
        }
      }
      if (!p.exempt(adopted)) {
        for (int k = 0; k < declaration.getAdopters().size(); k++) {
          Participant adopter = declaration.getAdopters().get(k);
          if (p.takesPart(adopter, adopted) == Answer.YES) {
            continue;
          }
          at = at != null ? at : p.at("declarations", d);
          Attendance.report(findings, p, RULE_DECLARATION_ADOPTER_NOT_PARTICIPANT, adopter, adopted,
              at.at("adopters", k), "participant", adopter.id(), "adopted", adopted.toString());
        }
      }
      for (int k = 0; k < declaration.getFrameworks().size(); k++) {
        Framework framework = index.frameworks.get(declaration.getFrameworks().get(k));
        if (framework != null && framework.getAdopted().isPresent()) {
          PartialDate frameworkAdopted = framework.getAdopted().get();
          Answer later = adopted.precedes(frameworkAdopted);
          if (later != Answer.NO) {
            at = at != null ? at : p.at("declarations", d);
            findings.report(RULE_DECLARATION_ANACHRONISM, later, at.at("frameworks", k), "framework", framework.getId(),
                "frameworkAdopted", frameworkAdopted.toString(), "adopted", adopted.toString(),
                "how", Findings.text(later));
          }
        }
      }
    }
  }

  /** Whether a date lies inside the unit of the period's known start or known end. */
  private static boolean refinesABound(Period period, PartialDate date) {
    return period.getStart().isPresent() && nested(period.getStart().get(), date)
        || period.getEnd().isPresent() && nested(period.getEnd().get(), date);
  }

  /** Whether one of the two dates' units holds the other. */
  private static boolean nested(PartialDate a, PartialDate b) {
    return a.encloses(b) || b.encloses(a);
  }
}
