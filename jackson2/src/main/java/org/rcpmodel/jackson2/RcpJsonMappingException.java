package org.rcpmodel.jackson2;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.Objects;
import org.rcpmodel.json.RcpJsonException;

/**
 * A document that a Jackson 2 mapper with {@link RcpJackson2Module} could not read, with what
 * {@link RcpJsonException} says of it: {@linkplain #getCode() a stable code} (such as
 * {@code date.invalid}, see {@link org.rcpmodel.json.Codes}), {@linkplain #getPointer() the JSON
 * Pointer}, the line and column, and a one-line detail. It is a {@link JsonMappingException}, so the
 * mapper's callers (a Spring MVC message converter, for one) treat it as bad input rather than a
 * server fault.
 *
 * <p>The pointer, line and column are those of the whole input the mapper read: a document read as a
 * property of another value has that property's pointer in front of its own. When the mapper's input
 * has no locations (a {@code JsonNode} or token buffer), line and column are those of the document
 * text rebuilt from its tokens.
 *
 * <p>Immutable once thrown.
 */
public final class RcpJsonMappingException extends JsonMappingException {

  private static final long serialVersionUID = 1L;

  /** The stable code, as {@link RcpJsonException#getCode()}. */
  private final String code;
  /** The JSON Pointer within the mapper's input. */
  private final String pointer;
  /** The 1-based line, or 0. */
  private final int line;
  /** The 1-based column, or 0. */
  private final int column;
  /** What is wrong, on one line. */
  private final String detail;

  RcpJsonMappingException(JsonParser p, String code, String pointer, int line, int column, String detail,
      Throwable cause) {
    super(p, format(code, pointer, line, column, detail), cause);
    // Where the problem is, not where the mapper's parser has got to.
    _location = location(p, line, column);
    this.code = Objects.requireNonNull(code, "code");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.line = line;
    this.column = column;
    this.detail = Objects.requireNonNull(detail, "detail");
  }

  /** The reader's error, its pointer below {@code prefix} (the document's own pointer in the input). */
  static RcpJsonMappingException of(JsonParser p, RcpJsonException e, String prefix) {
    return new RcpJsonMappingException(p, e.getCode(), prefix + e.getPointer(), e.getLine(), e.getColumn(),
        e.getDetail(), e);
  }

  private static JsonLocation location(JsonParser p, int line, int column) {
    if (line <= 0) {
      return null;
    }
    ContentReference source = p == null ? ContentReference.unknown() : p.currentLocation().contentReference();
    return new JsonLocation(source, -1L, -1L, line, column);
  }

  private static String format(String code, String pointer, int line, int column, String detail) {
    StringBuilder sb = new StringBuilder();
    if (line > 0) {
      sb.append(line).append(':').append(column).append(": ");
    }
    return sb.append(detail).append(" [").append(code).append(" at '").append(pointer).append("']").toString();
  }

  /**
   * The stable code of the problem, the one {@link RcpJsonException#getCode()} gives for the same
   * input, such as {@code json.malformed} or {@code field.required}.
   *
   * @return the code, never null
   */
  public String getCode() {
    return code;
  }

  /**
   * The JSON Pointer (RFC 6901) of the offending value or property within the mapper's input; the
   * empty string for a document that is the whole input.
   *
   * @return the pointer, never null
   */
  public String getPointer() {
    return pointer;
  }

  /**
   * The 1-based line of the offending token.
   *
   * @return the line, or 0 when not known
   */
  public int getLine() {
    return line;
  }

  /**
   * The 1-based column of the offending token: in characters for text input, in bytes for byte input,
   * as {@link RcpJsonException#getColumn()}.
   *
   * @return the column, or 0 when not known
   */
  public int getColumn() {
    return column;
  }

  /**
   * What is wrong and how to fix it, on one line, without the location.
   *
   * @return the detail, never null
   */
  public String getDetail() {
    return detail;
  }
}
