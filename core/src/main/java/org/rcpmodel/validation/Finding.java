package org.rcpmodel.validation;

import java.util.List;
import java.util.Map;

/**
 * One finding of the rule engine: the rule, the severity of this finding, the bundle key of its
 * message, where in the document it is, and the message parameters.
 *
 * @param rule the rule broken
 * @param severity the severity of this finding
 * @param messageKey the key of the message in the {@code ValidationMessages} bundles (the rule's own
 *     key, or for a field constraint the key its annotation names)
 * @param at the offending element
 * @param parameters the message parameters by name: data ({@code String}s, inserted literally) or
 *     {@link Phrase}s (words, rendered in the message's locale)
 */
record Finding(Rule rule, Severity severity, String messageKey, Loc at, Map<String, Object> parameters) {

  /** The JSON Pointer segments: property names as strings, list indexes as integers. */
  List<Object> segments() {
    return at.segments();
  }

  String pointer() {
    return at.pointer();
  }

  RuleFinding payload() {
    return new RuleFinding(rule.code(), severity, pointer());
  }
}
