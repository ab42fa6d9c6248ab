package org.rcpmodel.validation;

import static org.rcpmodel.validation.RuleId.RULE_DATE_BEFORE_ESTABLISHMENT;
import static org.rcpmodel.validation.RuleId.RULE_PROCESS_NO_MEMBERS;
import static org.rcpmodel.validation.RuleId.RULE_ROLE_CONFLICT;
import static org.rcpmodel.validation.RuleId.RULE_ROLE_DUPLICATE;
import static org.rcpmodel.validation.RuleId.RULE_ROLE_ORGANIZATION_MEMBER;

import java.util.List;
import java.util.Optional;
import org.rcpmodel.Participant;
import org.rcpmodel.Participation;
import org.rcpmodel.Role;
import org.rcpmodel.time.Answer;
import org.rcpmodel.time.Period;

/**
 * The participation rules: {@code role.organization-member}, {@code process.no-members},
 * {@code date.before-establishment} of a participation, and the comparison of one participant's
 * records from shared sources: {@code role.duplicate} (the same role twice) and {@code role.conflict}
 * (two standing roles at once). Records from disjoint sources are the same fact told twice, a matter
 * for {@link ConflictRules}.
 */
final class ParticipationRules {

  private static final Period UNKNOWN_PERIOD = Period.unknown();

  private final Findings findings;

  ParticipationRules(Findings findings) {
    this.findings = findings;
  }

  void process(ProcessIndex p) {
    List<Participation> participations = p.participations;
    boolean hasMember = false;
    boolean organizationsAdmitted = p.process.getMembershipRule().isOrganizationsAdmitted();
    for (int i = 0; i < participations.size(); i++) {
      Participation record = participations.get(i);
      Participant who = record.getParticipant();
      if (record.getRole() == Role.MEMBER) {
        hasMember = true;
        if (!organizationsAdmitted && who.getOrganization().isPresent()) {
          findings.report(RULE_ROLE_ORGANIZATION_MEMBER, p.at("participations", i).at("participant"),
              "organization", who.id());
        }
      }
      Optional<Period> declared = record.getPeriod();
      Period period = declared.isPresent() ? declared.get() : UNKNOWN_PERIOD;
      Answer early = p.startsBeforeEstablishment(period, p.participationBounds[i]);
      if (early != Answer.NO) {
        findings.report(RULE_DATE_BEFORE_ESTABLISHMENT, early,
            p.at("participations", i).at(declared.isPresent() ? "period" : "asOf"),
            "start", period.toString(), "established", p.establishedText(), "how", Findings.text(early));
      }
    }
    // Open world (format 1.1): members counted or given as a group are members, named or not.
    if (!hasMember && !p.hasUnnamedMembers()) {
      findings.report(RULE_PROCESS_NO_MEMBERS, p.base.at("participations"), "process", p.process.getId());
    }
    p.candidatePairs(new Roles(p));
  }

  /** Reports, for each record, the first duplicate and the first conflicting role among its candidate pairs. */
  private final class Roles implements ProcessIndex.CandidatePair {
    private final ProcessIndex p;
    private int current = -1;
    private boolean duplicate;
    private boolean conflict;

    Roles(ProcessIndex p) {
      this.p = p;
    }

    @Override
    public void pair(int later, int earlier, Answer overlap) {
      if (later != current) {
        current = later;
        duplicate = false;
        conflict = false;
      }
      Participation a = p.participations.get(earlier);
      Participation b = p.participations.get(later);
      if (DocumentIndex.disjointSources(a.getSources(), b.getSources())) {
        return; // the same fact from other sources: ConflictRules
      }
      int reportAt = Math.max(later, earlier);
      int first = Math.min(later, earlier);
      if (a.getRole() == b.getRole()) {
        if (!duplicate) {
          duplicate = true;
          findings.report(RULE_ROLE_DUPLICATE, overlap, p.at("participations", reportAt),
              "participant", b.getParticipant().id(), "role", b.getRole().toString(),
              "first", p.at("participations", first).pointer(), "how", Findings.text(overlap));
        }
      } else if (!conflict && a.getRole().isStanding() && b.getRole().isStanding()) {
        conflict = true;
        findings.report(RULE_ROLE_CONFLICT, overlap, p.at("participations", reportAt),
            "participant", b.getParticipant().id(), "role", p.participations.get(reportAt).getRole().toString(),
            "otherRole", p.participations.get(first).getRole().toString(),
            "first", p.at("participations", first).pointer(), "how", Findings.text(overlap));
      }
    }
  }
}
