package org.rcpmodel.json;

import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;

/**
 * A document that does not fit the format, found by this module's deserializers: carries a stable
 * code and the JSON Pointer of the offending place. It is a Jackson {@link DatabindException} so that
 * a consumer's own mapper reports it the way it reports any binding problem; {@link RcpJson} turns it
 * into an {@link RcpJsonException}.
 */
final class InputProblem extends DatabindException {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final String pointer;
  private final String detail;

  private InputProblem(JsonParser p, String code, String pointer, String detail, TokenStreamLocation location) {
    super(p, detail + " (" + code + " at '" + pointer + "')", location);
    this.code = code;
    this.pointer = pointer;
    this.detail = detail;
  }

  /** A problem at the parser's current token. */
  static InputProblem at(JsonParser p, String code, String detail) {
    return new InputProblem(p, code, p.streamReadContext().pathAsPointer().toString(), detail,
        p.currentTokenLocation());
  }

  /** A problem at the parser's current token, reported at an explicit pointer. */
  static InputProblem at(JsonParser p, String code, String pointer, String detail) {
    return new InputProblem(p, code, pointer, detail, p.currentTokenLocation());
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
}
