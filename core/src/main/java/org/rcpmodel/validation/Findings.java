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
 * <p>Not thread-safe; one sink per validation run.
 */
final class Findings {

  /** The message key of {@code @NotBlank} and {@code @Size(min = 1)}: field.required. */
  static final String REQUIRED_KEY = "org.rcpmodel.field.required";
  /** The message key of the id {@code @Pattern}. */
  static final String ID_KEY = "org.rcpmodel.field.invalid.id";
  /** The message key of the State code {@code @Pattern}. */
  static final String STATE_CODE_KEY = "org.rcpmodel.field.invalid.state-code";
  /** The message key of {@code @Positive} and {@code @Min(1)}. */
  static final String POSITIVE_KEY = "org.rcpmodel.field.invalid.positive";
  /** The message key of the language tag {@code @Pattern} (format 1.1). */
  static final String LANGUAGE_KEY = "org.rcpmodel.field.invalid.language";
  /** The message key of the schema version {@code @Pattern}. */
  static final String SCHEMA_VERSION_KEY = "org.rcpmodel.field.invalid.schema-version";

  private final List<Finding> findings = new ArrayList<>();

  /** Reports a finding whose truth the dates decide: YES at the rule's severity, MAYBE one lower. */
  void report(RuleId id, Answer answer, Loc at, String... parameters) {
    if (answer == Answer.NO) {
      return;
    }
    Rule rule = id.rule();
    Severity severity = answer == Answer.YES ? rule.severity() : rule.severity().lowered();
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i + 1 < parameters.length; i += 2) {
      params.put(parameters[i], parameters[i + 1]);
    }
    findings.add(new Finding(rule, severity, rule.messageKey(), at, Collections.unmodifiableMap(params)));
  }

  /** Reports a finding the data proves, at the rule's severity. */
  void report(RuleId id, Loc at, String... parameters) {
    report(id, Answer.YES, at, parameters);
  }

  /**
   * Reports a finding at INFO whatever the rule's severity: a fault that is possible only because the
   * document leaves something unrecorded (participants it counts but does not name) is advice.
   */
  void advise(RuleId id, Loc at, String... parameters) {
    Rule rule = id.rule();
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i + 1 < parameters.length; i += 2) {
      params.put(parameters[i], parameters[i + 1]);
    }
    findings.add(new Finding(rule, Severity.INFO, rule.messageKey(), at, Collections.unmodifiableMap(params)));
  }

  /**
   * Reports a finding the data proves, at the rule's severity, whose message is one of the rule's
   * variants, the key {@code rule.messageKey() + "." + variant}: where the English text would insert
   * a word ("longer", "a source"), each language words the whole sentence itself instead.
   */
  void reportVariant(RuleId id, String variant, Loc at, String... parameters) {
    Rule rule = id.rule();
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i + 1 < parameters.length; i += 2) {
      params.put(parameters[i], parameters[i + 1]);
    }
    findings.add(new Finding(rule, rule.severity(), rule.messageKey() + "." + variant, at,
        Collections.unmodifiableMap(params)));
  }

  /** Reports a field constraint (an ERROR) with the message key its annotation names. */
  void field(RuleId id, String messageKey, Loc at) {
    findings.add(new Finding(id.rule(), Severity.ERROR, messageKey, at, Map.of()));
  }

  /** The findings reported so far, in report order. */
  List<Finding> list() {
    return findings;
  }

  /** How a message says a finding's answer: "surely" for YES, "possibly" for MAYBE. */
  static String text(Answer answer) {
    return answer == Answer.YES ? "surely" : "possibly";
  }
}
