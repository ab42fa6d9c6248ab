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
 * records from shared sources ({@link ParticipantPairs}): {@code role.duplicate} (the same role twice
 * at times that overlap) and {@code role.conflict} (two standing roles at once), each reported at the
 * later record with the strongest answer over the earlier ones. Records from disjoint sources are
 * the same fact told twice, a matter for {@link ConflictRules}.
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
      Answer early = p.startsBeforeEstablishment(p.participationSpans[i]);
      if (early != Answer.NO) {
        findings.report(RULE_DATE_BEFORE_ESTABLISHMENT, early,
            p.at("participations", i).at(declared.isPresent() ? "period" : "asOf"),
            "start", Phrase.span(record.span()), "established", p.establishedText(), "how", Findings.text(early));
      }
    }
    // Open world: members counted, given as a group or as a figure are members, named or not; a
    // process that names none is an ERROR only when the document says its member list is complete.
    if (!hasMember && !p.hasUnnamedMembers()) {
      boolean declared = p.world.declaresNoMembers();
      findings.reportAt(RULE_PROCESS_NO_MEMBERS, declared ? Severity.ERROR : Severity.INFO,
          declared ? "" : Findings.OPEN, p.base.at("participations"), "process", p.process.getId());
    }
    ParticipantPairs pairs = p.pairs();
    for (int j = 0; j < participations.size(); j++) {
      Participation record = participations.get(j);
      int duplicate = pairs.first(ParticipantPairs.DUPLICATE, j);
      if (duplicate >= 0) {
        Answer overlap = pairs.answer(ParticipantPairs.DUPLICATE, j);
        findings.report(RULE_ROLE_DUPLICATE, overlap, p.at("participations", j),
            "participant", record.getParticipant().id(), "role", Phrase.role(record.getRole()),
            "first", p.at("participations", duplicate).pointer(), "how", Findings.text(overlap));
      }
      int conflict = pairs.first(ParticipantPairs.ROLE_CONFLICT, j);
      if (conflict >= 0) {
        Answer overlap = pairs.answer(ParticipantPairs.ROLE_CONFLICT, j);
        findings.report(RULE_ROLE_CONFLICT, overlap, p.at("participations", j),
            "participant", record.getParticipant().id(), "role", Phrase.role(record.getRole()),
            "otherRole", Phrase.role(participations.get(conflict).getRole()),
            "first", p.at("participations", conflict).pointer(), "how", Findings.text(overlap));
      }
    }
  }
}
