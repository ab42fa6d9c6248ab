package org.rcpmodel.validation;

import static org.rcpmodel.validation.RuleId.RULE_REF_UNRESOLVED;
import static org.rcpmodel.validation.RuleId.RULE_STATE_UNKNOWN_CODE;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rcpmodel.Declaration;
import org.rcpmodel.Participant;
import org.rcpmodel.StateCodes;

/**
 * How one reference, or one list of references, is checked: that it names an entity of the document
 * ({@code ref.unresolved}), or for a State code of the right form, an assigned code
 * ({@code state.unknown-code}). {@link ReferenceRules} knows where the references of each record are
 * and calls these. Most references are clean, and the {@code isClean} and {@code areClean} checks
 * answer that with one lookup each, so that a place is built only for a finding.
 *
 * <p>Not thread-safe; one instance per validation run.
 */
final class ReferenceChecks {

  private final DocumentIndex index;
  private final Findings findings;

  ReferenceChecks(DocumentIndex index, Findings findings) {
    this.index = index;
    this.findings = findings;
  }

  /** The {@code sources} list of an owner: that each id names a source. */
  void sources(List<String> ids, Loc owner) {
    if (!areClean(ids)) {
      references(ids, owner, "sources", index.sources, "source");
    }
  }

  /**
   * A list of ids at {@code owner/list}: that each names an entity of {@code kind}
   * among {@code known}.
   */
  void references(List<String> ids, Loc owner, String list, Map<String, ?> known, String kind) {
    for (int k = 0; k < ids.size(); k++) {
      String id = ids.get(k);
      if (!known.containsKey(id)) {
        findings.report(RULE_REF_UNRESOLVED, owner.at(list, k), "kind", Phrase.kind(kind), "id", id);
      }
    }
  }

  /** A reference to an organization at {@code owner/property}: that it resolves. */
  void organization(String id, Loc owner, String property) {
    if (!index.organizations.containsKey(id)) {
      findings.report(RULE_REF_UNRESOLVED, owner.at(property), "kind", Phrase.kind("organization"), "id", id);
    }
  }

  /**
   * A State code at {@code owner/property}: of the right form it must be assigned (of the wrong form
   * it is a field.invalid only, which {@link FieldRules} reports).
   */
  void stateCode(String code, Loc owner, String property) {
    if (FieldForms.isStateCode(code) && !StateCodes.isAssigned(code)) {
      findings.report(RULE_STATE_UNKNOWN_CODE, owner.at(property), "code", code);
    }
  }

  /** A participant that is element {@code i} of the list {@code property} of {@code owner}. */
  void participant(Participant participant, Loc owner, String property, int i) {
    if (!isClean(participant)) {
      participantAt(participant, owner.at(property, i));
    }
  }

  /** A participant at {@code at} (exactly one of State and organization is present). */
  void participantAt(Participant participant, Loc at) {
    Optional<String> state = participant.getState();
    if (state.isPresent()) {
      stateCode(state.get(), at, "state");
    } else {
      organization(participant.getOrganization().get(), at, "organization");
    }
  }

  /** Whether a participant has the right form and resolves: nothing to report about it. */
  boolean isClean(Participant participant) {
    Optional<String> state = participant.getState();
    if (state.isPresent()) {
      return FieldForms.isStateCode(state.get()) && StateCodes.isAssigned(state.get());
    }
    return index.cleanOrganizationIds.contains(participant.getOrganization().get());
  }

  /** Whether a declaration's references all resolve. */
  boolean isClean(Declaration declaration, ProcessIndex p) {
    if (!areClean(declaration.getSources())) {
      return false;
    }
    for (String framework : declaration.getFrameworks()) {
      if (!index.frameworks.containsKey(framework)) {
        return false;
      }
    }
    if (declaration.getMeeting().isPresent()
        && !p.meetingIndex.containsKey(declaration.getMeeting().get())) {
      return false;
    }
    for (Participant adopter : declaration.getAdopters()) {
      if (!isClean(adopter)) {
        return false;
      }
    }
    return true;
  }

  /** Whether every source id of a list has the right form and resolves. */
  boolean areClean(List<String> sourceIds) {
    for (int k = 0; k < sourceIds.size(); k++) {
      if (!index.cleanSourceIds.contains(sourceIds.get(k))) {
        return false;
      }
    }
    return true;
  }
}
