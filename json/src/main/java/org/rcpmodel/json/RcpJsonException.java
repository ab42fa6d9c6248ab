package org.rcpmodel.json;

import java.util.Objects;
import java.util.Optional;

/**
 * A document that {@link RcpJson} could not read: malformed JSON, a value of the wrong type, a missing
 * or unknown property, an invalid date or period, a duplicate key, a broken model invariant, a limit
 * exceeded, or an I/O failure. It says where (source name, line, column and JSON Pointer) and what
 * ({@link #getCode() a stable code} and a message a person can act on). The message is one line: input
 * text it repeats (a property name, a value) has control characters, line separators and bidi marks
 * escaped as {@code \\uXXXX}; {@link #getPointer()} stays exact.
 *
 * <p>Immutable once thrown.
 */
public final class RcpJsonException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** As {@link #getCode()} returns it. */
  private final String code;
  /** As {@link #getPointer()} returns it. */
  private final String pointer;
  /** As {@link #getLine()} returns it. */
  private final int line;
  /** As {@link #getColumn()} returns it. */
  private final int column;
  /** As {@link #getSourceName()} holds it; null when the input had none. */
  private final String sourceName;
  /** As {@link #getDetail()} returns it. */
  private final String detail;

  RcpJsonException(String code, String pointer, int line, int column, String sourceName, String detail,
      Throwable cause) {
    super(oneLine(format(code, pointer, line, column, sourceName, detail)), cause);
    this.code = Objects.requireNonNull(code, "code");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.line = line;
    this.column = column;
    this.sourceName = sourceName;
    this.detail = oneLine(Objects.requireNonNull(detail, "detail"));
  }

  /**
   * Escapes, as {@code \\uXXXX}, the characters of input text repeated in a message that would break
   * it over lines or reorder it on screen: control characters, line and paragraph separators, format
   * characters such as bidi marks, and lone surrogates.
   */
  static String oneLine(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1));
      int type = Character.getType(c);
      boolean escape = !pair && (type == Character.CONTROL || type == Character.FORMAT
          || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
          || type == Character.SURROGATE);
      if (escape && sb == null) {
        sb = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (sb != null) {
        if (escape) {
          sb.append(String.format("\\u%04x", (int) c));
        } else if (pair) {
          sb.append(c).append(text.charAt(++i));
        } else {
          sb.append(c);
        }
      } else if (pair) {
        i++;
      }
    }
    return sb == null ? text : sb.toString();
  }

  private static String format(String code, String pointer, int line, int column, String sourceName,
      String detail) {
    StringBuilder sb = new StringBuilder();
    sb.append(sourceName == null ? "<input>" : sourceName);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    sb.append(": ").append(detail).append(" [").append(code).append(" at '").append(pointer).append("']");
    return sb.toString();
  }

  /**
   * The stable code of the problem, one of {@link Codes}, such as {@code date.invalid}.
   *
   * @return the code, never null
   */
  public String getCode() {
    return code;
  }

  /**
   * The JSON Pointer (RFC 6901) of the offending value or property, such as
   * {@code /processes/0/chairs/1/period}; for a missing property, where it belongs
   * ({@code /processes/0/name}); the empty string for the whole document.
   *
   * @return the pointer, never null
   */
  public String getPointer() {
    return pointer;
  }

  /**
   * The 1-based line of the offending token.
   *
   * @return the line, or 0 when not known (such as for an I/O failure)
   */
  public int getLine() {
    return line;
  }

  /**
   * The 1-based column of the offending token: counted in characters when reading from a
   * {@code String} or {@code Reader}, in bytes when reading from an {@code InputStream} or a file.
   *
   * @return the column, or 0 when not known
   */
  public int getColumn() {
    return column;
  }

  /**
   * The name of the input, such as the file path.
   *
   * @return the name, or empty when the input had none
   */
  public Optional<String> getSourceName() {
    return Optional.ofNullable(sourceName);
  }

  /**
   * What is wrong and how to fix it, without the location; input text it repeats is escaped so that
   * it stays on one line (see the class comment).
   *
   * @return the detail, never null
   */
  public String getDetail() {
    return detail;
  }
}
