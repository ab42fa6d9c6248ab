package org.rcpmodel.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The rule catalogue: every rule this library checks, with its stable code, severity and a one-line
 * description, read from the one table of rules ({@code RuleId}). Codes never change meaning; new
 * rules get new codes. {@code docs/RULES.md} documents
 * each rule with a failing example and is kept in step with this list by a test.
 *
 * <p>Thread-safe: the catalogue is a constant.
 */
public final class RuleCatalogue {

  /** A required value is missing or blank (from the field constraints). */
  public static final String FIELD_REQUIRED = "field.required";
  /** A value has the wrong form (from the field constraints). */
  public static final String FIELD_INVALID = "field.invalid";
  /** Two entities of one kind share an id. */
  public static final String ID_DUPLICATE = "id.duplicate";
  /** A reference names no entity in the document. */
  public static final String REF_UNRESOLVED = "ref.unresolved";
  /** References run in a loop. */
  public static final String REF_CYCLE = "ref.cycle";
  /** A State code is not an assigned ISO 3166-1 alpha-3 code. */
  public static final String STATE_UNKNOWN_CODE = "state.unknown-code";
  /** A date is malformed or does not exist; raised by readers, since a built model cannot hold one. */
  public static final String DATE_INVALID = "date.invalid";
  /** A period ends before it starts. */
  public static final String PERIOD_REVERSED = "period.reversed";
  /** A participation or chair term starts before the process was established. */
  public static final String DATE_BEFORE_ESTABLISHMENT = "date.before-establishment";
  /** A date lies after the document's as-of date. */
  public static final String DATE_AFTER_ASOF = "date.after-asof";
  /** One participant holds two standing roles at once. */
  public static final String ROLE_CONFLICT = "role.conflict";
  /** The same participant and role are recorded twice for overlapping periods. */
  public static final String ROLE_DUPLICATE = "role.duplicate";
  /** An organization is a member of a process that admits only States. */
  public static final String ROLE_ORGANIZATION_MEMBER = "role.organization-member";
  /** A process has no member. */
  public static final String PROCESS_NO_MEMBERS = "process.no-members";
  /** A chair is not a member for the whole of its term. */
  public static final String CHAIR_NOT_MEMBER = "chair.not-member";
  /** More chair terms run at once than the process allows. */
  public static final String CHAIR_OVERLAP = "chair.overlap";
  /** Time passes between chair terms with no chair. */
  public static final String CHAIR_GAP = "chair.gap";
  /** A term is longer or shorter than the declared term length. */
  public static final String CHAIR_TERM_LENGTH = "chair.term-length";
  /** Under a presidency of the annual host (format 1.1), a term's chair is not the host of a conference in it. */
  public static final String CHAIR_NOT_HOST = "chair.not-host";
  /** Meetings of one level repeat an ordinal or their ordinals do not follow their dates. */
  public static final String MEETING_ORDINAL_ORDER = "meeting.ordinal-order";
  /** The host State does not take part in the process at the meeting's date. */
  public static final String MEETING_HOST_NOT_PARTICIPANT = "meeting.host-not-participant";
  /** A declaration's adoption date lies outside its meeting. */
  public static final String DECLARATION_OUTSIDE_MEETING = "declaration.outside-meeting";
  /** An adopter does not take part in the process on the adoption date. */
  public static final String DECLARATION_ADOPTER_NOT_PARTICIPANT = "declaration.adopter-not-participant";
  /** A declaration refers to a framework adopted after it. */
  public static final String DECLARATION_ANACHRONISM = "declaration.anachronism";
  /** A figure is negative. */
  public static final String FIGURE_NEGATIVE = "figure.negative";
  /** A figure for a narrower group exceeds the same figure for a wider group at the same date. */
  public static final String FIGURE_SCOPE_INCONSISTENT = "figure.scope-inconsistent";
  /** A figure has no source or no reference date. */
  public static final String FIGURE_UNSOURCED = "figure.unsourced";
  /** Two records of the same fact disagree. */
  public static final String FACT_CONFLICT = "fact.conflict";

  private static final Map<String, Rule> RULES = build();
  private static final List<Rule> RULE_LIST = List.copyOf(RULES.values());

  private RuleCatalogue() {}

  private static Map<String, Rule> build() {
    Map<String, Rule> m = new LinkedHashMap<>();
    for (RuleId id : RuleId.values()) {
      m.put(id.rule().code(), id.rule());
    }
    return m;
  }

  /**
   * All rules, in catalogue order.
   *
   * @return an unmodifiable list, never null
   */
  public static List<Rule> rules() {
    return RULE_LIST;
  }

  /**
   * Finds a rule by code.
   *
   * @param code the code; not null
   * @return the rule, or empty for an unknown code
   * @throws NullPointerException if {@code code} is null
   */
  public static Optional<Rule> find(String code) {
    return Optional.ofNullable(RULES.get(Objects.requireNonNull(code, "code")));
  }

  /**
   * The rule with a code known to be in the catalogue.
   *
   * @param code the code; not null
   * @return the rule
   * @throws IllegalArgumentException if the code is not in the catalogue
   */
  static Rule get(String code) {
    Rule rule = RULES.get(code);
    if (rule == null) {
      throw new IllegalArgumentException("No rule with code '" + code + "'");
    }
    return rule;
  }
}
