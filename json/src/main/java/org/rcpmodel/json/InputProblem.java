package org.rcpmodel.json;

import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;

/**
 * A document that does not fit the format, found by this module's codecs: carries a stable code, the
 * JSON Pointer of the offending place and its location. It never leaves the module: {@link RcpJson}
 * turns it into an {@link RcpJsonException}, and {@link RcpModule} into a Jackson
 * {@code DatabindException}, so that a consumer's own mapper reports it the way it reports any binding
 * problem. It is no Jackson exception itself, so that {@link RcpJson} never loads jackson-databind.
 */
final class InputProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final String pointer;
  private final String detail;
  private final transient TokenStreamLocation location;

  private InputProblem(String code, String pointer, String detail, TokenStreamLocation location) {
    super(detail + " (" + code + " at '" + pointer + "')");
    this.code = code;
    this.pointer = pointer;
    this.detail = detail;
    this.location = location;
  }

  /** A problem at the parser's current token. */
  static InputProblem at(JsonParser p, String code, String detail) {
    return new InputProblem(code, p.streamReadContext().pathAsPointer().toString(), detail,
        p.currentTokenLocation());
  }

  /** A problem at the parser's current token, reported at an explicit pointer. */
  static InputProblem at(JsonParser p, String code, String pointer, String detail) {
    return new InputProblem(code, pointer, detail, p.currentTokenLocation());
  }

  String code() {
    return code;
  }

  String pointer() {
    return pointer;
  }

  String detail() {
    return detail;
  }

  /** Where the offending token starts. */
  TokenStreamLocation location() {
    return location;
  }
}
