package org.rcpmodel.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rcpmodel.time.Answer;

/**
 * Where the rule families put their findings. A finding whose truth the dates decide is reported
 * with the answer: YES at the rule's severity, MAYBE one step lower, NO not at all.
 *
 * <p>The sink is bounded: it keeps the first {@code cap} findings of each code and severity, in the
 * order they are reported, and only counts the rest ({@link #omitted()}), so that a document with
 * hundreds of thousands of findings cannot exhaust memory. A dropped finding costs no allocation here.
 *
 * <p>Not thread-safe; one sink per validation run.
 */
final class Findings {

  /**
   * The prefix of the message keys that make a field constraint a field.required (the model's
   * annotations name their keys; {@link FieldConstraint} reads them).
   */
  static final String REQUIRED_KEY = "org.rcpmodel.field.required";

  private final List<Finding> findings = new ArrayList<>();
  private final int cap;
  private final int[][] kept = new int[RuleId.values().length][Severity.values().length];
  private final long[][] dropped = new long[RuleId.values().length][Severity.values().length];

  /** A sink keeping at most {@code cap} findings of each code and severity; {@code cap} is at least 1. */
  Findings(int cap) {
    if (cap < 1) {
      throw new IllegalArgumentException("cap must be at least 1: " + cap);
    }
    this.cap = cap;
  }

  /** Whether a finding of this rule and severity is kept; counts it as omitted if not. */
  private boolean keeps(RuleId id, Severity severity) {
    int[] byRule = kept[id.ordinal()];
    if (byRule[severity.ordinal()] >= cap) {
      dropped[id.ordinal()][severity.ordinal()]++;
      return false;
    }
    byRule[severity.ordinal()]++;
    return true;
  }

  /** The suffix of the message key of a finding that only may be true: its message says "may". */
  static final String POSSIBLE = ".possible";

  /**
   * Reports a finding whose truth the dates decide: YES at the rule's severity with the rule's
   * message, MAYBE one step lower with the message that says what is possible as possible (the
   * rule's key followed by {@link #POSSIBLE}).
   */
  void report(RuleId id, Answer answer, Loc at, Object... parameters) {
    if (answer == Answer.NO) {
      return;
    }
    String key = answer == Answer.YES ? id.rule().messageKey() : id.rule().messageKey() + POSSIBLE;
    report(id, answer == Answer.YES ? id.rule().severity() : id.rule().severity().lowered(), key, at, parameters);
  }

  /**
   * Reports a finding as {@link #report(RuleId, Answer, Loc, Object...)}, but as an INFO when it
   * only may be true and {@code onlyUnrecorded} says that it is possible only because a date was
   * never recorded (precisely enough): unknown is not suspicious.
   */
  void report(RuleId id, Answer answer, boolean onlyUnrecorded, Loc at, Object... parameters) {
    if (answer == Answer.MAYBE && onlyUnrecorded) {
      report(id, Severity.INFO, id.rule().messageKey() + POSSIBLE, at, parameters);
    } else {
      report(id, answer, at, parameters);
    }
  }

  /** The suffix of the message key of a finding that rests on the absence of a record (the open world). */
  static final String OPEN = ".open";

  /**
   * Reports a finding at a severity the rule family decided from the strength of the evidence (the
   * open world: a fault shown only by the absence of a record is weaker than one a complete list
   * proves), with the rule's message key followed by {@code suffix} ({@code ""}, {@link #POSSIBLE} or
   * {@link #OPEN}).
   */
  void reportAt(RuleId id, Severity severity, String suffix, Loc at, Object... parameters) {
    report(id, severity, id.rule().messageKey() + suffix, at, parameters);
  }

  /** Reports a finding the data proves with a message of its own (a variant of the rule's message). */
  void reportWithKey(RuleId id, String messageKey, Loc at, Object... parameters) {
    report(id, id.rule().severity(), messageKey, at, parameters);
  }

  private void report(RuleId id, Severity severity, String messageKey, Loc at, Object... parameters) {
    Rule rule = id.rule();
    if (!keeps(id, severity)) {
      return;
    }
    Map<String, Object> params = new LinkedHashMap<>();
    for (int i = 0; i + 1 < parameters.length; i += 2) {
      params.put((String) parameters[i], parameters[i + 1]);
    }
    findings.add(new Finding(rule, severity, messageKey, at, Collections.unmodifiableMap(params)));
  }

  /** Reports a finding the data proves, at the rule's severity. */
  void report(RuleId id, Loc at, Object... parameters) {
    report(id, Answer.YES, at, parameters);
  }

  /**
   * Reports a finding at INFO whatever the rule's severity, with the rule's message, under the same
   * cap as every other finding: a disagreement with a record that a newer source supersedes is
   * advice. (A fault possible only because the document leaves participants unnamed is
   * {@link #report(RuleId, Answer, boolean, Loc, Object...)} with MAYBE: its message says "may".)
   */
  void advise(RuleId id, Loc at, Object... parameters) {
    report(id, Severity.INFO, id.rule().messageKey(), at, parameters);
  }

  /** The suffix of the message key of a finding about a record that a newer source supersedes. */
  static final String OUTDATED = ".outdated";

  /**
   * Reports, at INFO, a disagreement with a record that a newer source supersedes, with a message
   * that says so (the rule's key followed by {@link #OUTDATED}) and, when the dates only allow the
   * disagreement (MAYBE), says it as possible ({@link #POSSIBLE} after that); NO reports nothing.
   */
  void advise(RuleId id, Answer answer, Loc at, Object... parameters) {
    if (answer == Answer.NO) {
      return;
    }
    report(id, Severity.INFO, id.rule().messageKey() + OUTDATED + (answer == Answer.YES ? "" : POSSIBLE), at,
        parameters);
  }

  /**
   * Reports a finding the data proves, at the rule's severity, whose message is one of the rule's
   * variants, the key {@code rule.messageKey() + "." + variant}: where the English text would insert
   * a word ("longer", "a source"), each language words the whole sentence itself instead.
   */
  void reportVariant(RuleId id, String variant, Loc at, Object... parameters) {
    report(id, id.rule().severity(), id.rule().messageKey() + "." + variant, at, parameters);
  }


  /** Reports a field constraint (an ERROR) with the message key its annotation names. */
  void field(RuleId id, String messageKey, Loc at) {
    if (!keeps(id, Severity.ERROR)) {
      return;
    }
    findings.add(new Finding(id.rule(), Severity.ERROR, messageKey, at, Map.of()));
  }

  /** The findings reported so far, in report order. */
  List<Finding> list() {
    return findings;
  }

  /** The findings not kept, by code and severity, in catalogue then severity order; never null. */
  List<OmittedFindings> omitted() {
    List<OmittedFindings> out = new ArrayList<>();
    for (RuleId id : RuleId.values()) {
      for (Severity severity : Severity.values()) {
        long count = dropped[id.ordinal()][severity.ordinal()];
        if (count > 0) {
          out.add(new OmittedFindings(id.rule().code(), severity, count));
        }
      }
    }
    return out;
  }

  /**
   * How a message says a finding's answer, in the message's language: "surely" for YES, "possibly"
   * for MAYBE ({@link Phrase#answer}).
   */
  static Phrase text(Answer answer) {
    return Phrase.answer(answer);
  }
}
