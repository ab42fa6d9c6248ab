package org.rcpmodel.validation;

import static org.rcpmodel.validation.RuleCatalogue.*;

/**
 * The one table of the rules: each rule's code, the severity of a finding the data proves, and its
 * one-line description, declared once. {@link RuleCatalogue} (and through it {@code rcp rules}, the
 * json module's codes and the drift test of docs/RULES.md) and every rule family report through it;
 * the message key follows from the code ({@link Rule#messageKey()}).
 */
enum RuleId {
  RULE_FIELD_REQUIRED(FIELD_REQUIRED, Severity.ERROR, "A required value is missing or blank."),
  RULE_FIELD_INVALID(FIELD_INVALID, Severity.ERROR,
      "A value has the wrong form (id, State code, number, schema version)."),
  RULE_ID_DUPLICATE(ID_DUPLICATE, Severity.ERROR, "Two entities of one kind share an id in the document."),
  RULE_REF_UNRESOLVED(REF_UNRESOLVED, Severity.ERROR,
      "A reference to a source, organization, meeting or framework names no entity in the document."),
  RULE_REF_CYCLE(REF_CYCLE, Severity.ERROR, "An organization is its own ancestor through its parents."),
  RULE_STATE_UNKNOWN_CODE(STATE_UNKNOWN_CODE, Severity.ERROR,
      "A State code is not an assigned ISO 3166-1 alpha-3 code."),
  RULE_DATE_INVALID(DATE_INVALID, Severity.ERROR,
      "A date is not YYYY, YYYY-MM or YYYY-MM-DD, or does not exist (raised by document readers)."),
  RULE_PERIOD_REVERSED(PERIOD_REVERSED, Severity.ERROR, "A period ends before it starts."),
  RULE_DATE_BEFORE_ESTABLISHMENT(DATE_BEFORE_ESTABLISHMENT, Severity.ERROR,
      "A participation or chair term starts before the process was established."),
  RULE_DATE_AFTER_ASOF(DATE_AFTER_ASOF, Severity.WARNING, "A date lies after the document's own as-of date."),
  RULE_ROLE_CONFLICT(ROLE_CONFLICT, Severity.ERROR,
      "One participant holds two of MEMBER, OBSERVER, CANDIDATE at the same time."),
  RULE_ROLE_DUPLICATE(ROLE_DUPLICATE, Severity.WARNING,
      "The same participant and role are recorded twice for overlapping periods."),
  RULE_ROLE_ORGANIZATION_MEMBER(ROLE_ORGANIZATION_MEMBER, Severity.ERROR,
      "An organization is a member of a process that admits only States."),
  RULE_PROCESS_NO_MEMBERS(PROCESS_NO_MEMBERS, Severity.ERROR, "A process has no member at all."),
  RULE_CHAIR_NOT_MEMBER(CHAIR_NOT_MEMBER, Severity.ERROR,
      "A chair is not a member of the process for the whole of its term."),
  RULE_CHAIR_OVERLAP(CHAIR_OVERLAP, Severity.ERROR, "More chair terms run at once than the process allows."),
  RULE_CHAIR_GAP(CHAIR_GAP, Severity.WARNING, "Time passes between one chair term and the next with no chair."),
  RULE_CHAIR_TERM_LENGTH(CHAIR_TERM_LENGTH, Severity.WARNING,
      "A term is longer or shorter than the process's declared term length."),
  RULE_CHAIR_NOT_HOST(CHAIR_NOT_HOST, Severity.WARNING,
      "Under a presidency of the annual host, a term's chair is not the host of a ministerial conference held in it."),
  RULE_MEETING_ORDINAL_ORDER(MEETING_ORDINAL_ORDER, Severity.ERROR,
      "Meetings of one level repeat an ordinal, or their ordinals do not follow their dates."),
  RULE_MEETING_HOST_NOT_PARTICIPANT(MEETING_HOST_NOT_PARTICIPANT, Severity.WARNING,
      "The host State does not take part in the process at the meeting's date."),
  RULE_DECLARATION_OUTSIDE_MEETING(DECLARATION_OUTSIDE_MEETING, Severity.ERROR,
      "A declaration's adoption date lies outside the meeting where it was adopted."),
  RULE_DECLARATION_ADOPTER_NOT_PARTICIPANT(DECLARATION_ADOPTER_NOT_PARTICIPANT, Severity.ERROR,
      "An adopter does not take part in the process on the adoption date."),
  RULE_DECLARATION_ANACHRONISM(DECLARATION_ANACHRONISM, Severity.ERROR,
      "A declaration refers to a framework adopted after it."),
  RULE_FIGURE_NEGATIVE(FIGURE_NEGATIVE, Severity.ERROR, "A figure is negative."),
  RULE_FIGURE_SCOPE_INCONSISTENT(FIGURE_SCOPE_INCONSISTENT, Severity.WARNING,
      "A figure for a narrower group exceeds the same figure for a wider group at the same date."),
  RULE_FIGURE_UNSOURCED(FIGURE_UNSOURCED, Severity.INFO, "A figure has no source or no reference date."),
  RULE_FACT_CONFLICT(FACT_CONFLICT, Severity.WARNING,
      "Two records of the same fact disagree (see docs/RULES.md for what is the same fact).");

  private final Rule rule;

  RuleId(String code, Severity severity, String description) {
    this.rule = new Rule(code, severity, description);
  }

  /** The catalogue entry: code, severity, description; its message key is {@link Rule#messageKey()}. */
  Rule rule() {
    return rule;
  }
}
