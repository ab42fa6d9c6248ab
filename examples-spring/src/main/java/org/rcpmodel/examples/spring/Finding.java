package org.rcpmodel.examples.spring;

import org.rcpmodel.json.RcpJsonException;
import org.rcpmodel.validation.Severity;
import org.rcpmodel.validation.Violation;

/**
 * One finding as the service answers it, in the words of the library: the rule or reader code, the
 * severity, the JSON Pointer into the document and the message. Immutable.
 *
 * @param code the rule code (docs/RULES.md) or the reader's code (such as {@code json.malformed})
 * @param severity ERROR, WARNING or INFO
 * @param pointer the JSON Pointer (RFC 6901) of the offending element; empty for the whole document
 * @param message what is wrong, in the request's language (English or Russian)
 */
public record Finding(String code, Severity severity, String pointer, String message) {

  /**
   * The finding of a rule violation.
   *
   * @param violation the violation; not null
   * @return the finding, never null
   */
  public static Finding of(Violation violation) {
    return new Finding(violation.code(), violation.severity(), violation.path(), violation.message());
  }

  /**
   * The finding of a document the reader could not read: always an ERROR.
   *
   * @param e the reader's error; not null
   * @return the finding, never null
   */
  public static Finding of(RcpJsonException e) {
    return new Finding(e.getCode(), Severity.ERROR, e.getPointer(), e.getDetail());
  }
}
