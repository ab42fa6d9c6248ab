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
      Loc at = p.at("declarations", d);
      PartialDate adopted = declaration.getAdopted();
      if (declaration.getMeeting().isPresent()) {
        Integer m = p.meetingIndex.get(declaration.getMeeting().get());
        if (m != null) {
          Period meeting = p.process.getMeetings().get(m).getPeriod();
          Answer outside = Bounds.of(meeting).contains(adopted).not();
          if (outside != Answer.NO) {
            findings.report(RULE_DECLARATION_OUTSIDE_MEETING, outside, at.at("adopted"), "adopted", adopted.toString(),
                "meeting", declaration.getMeeting().get(), "period", meeting.toString(), "how", Findings.text(outside));
          }
        }
      }
      if (!p.exempt(adopted)) {
        for (int k = 0; k < declaration.getAdopters().size(); k++) {
          Participant adopter = declaration.getAdopters().get(k);
          Answer absent = p.takesPart(adopter, adopted).not();
          if (absent == Answer.NO || p.namedInGroup(adopter, null)) {
            continue;
          }
          if (p.mayLeaveUnnamed(null, adopter.kind(), adopted.earliestEpochDay(), adopted.latestEpochDay())) {
            // Open world: the adopter may be one of the participants the document counts but does not name.
            findings.advise(RULE_DECLARATION_ADOPTER_NOT_PARTICIPANT, at.at("adopters", k),
                "participant", adopter.id(), "adopted", adopted.toString(), "how", Findings.text(Answer.MAYBE));
          } else {
            findings.report(RULE_DECLARATION_ADOPTER_NOT_PARTICIPANT, absent, at.at("adopters", k),
                "participant", adopter.id(), "adopted", adopted.toString(), "how", Findings.text(absent));
          }
        }
      }
      for (int k = 0; k < declaration.getFrameworks().size(); k++) {
        Framework framework = index.frameworks.get(declaration.getFrameworks().get(k));
        if (framework != null && framework.getAdopted().isPresent()) {
          PartialDate frameworkAdopted = framework.getAdopted().get();
          Answer later = Dates.before(adopted, frameworkAdopted);
          if (later != Answer.NO) {
            findings.report(RULE_DECLARATION_ANACHRONISM, later, at.at("frameworks", k), "framework", framework.getId(),
                "frameworkAdopted", frameworkAdopted.toString(), "adopted", adopted.toString(),
                "how", Findings.text(later));
          }
        }
      }
    }
  }
}
