package org.rcpmodel.validation;

import java.util.List;
import java.util.Map;

/**
 * One finding of the rule engine: the rule, the severity of this finding, the path of the offending
 * element as JSON Pointer segments (property names and list indexes), and the message parameters.
 */
record Finding(Rule rule, Severity severity, List<Object> segments, Map<String, String> parameters) {

  String pointer() {
    StringBuilder sb = new StringBuilder();
    for (Object segment : segments) {
      JsonPointers.appendSegment(sb, segment.toString());
    }
    return sb.toString();
  }

  RuleFinding payload() {
    return new RuleFinding(rule.code(), severity, pointer());
  }
}
