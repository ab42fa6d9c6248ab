package org.rcpmodel.json;

import java.util.Objects;

/**
 * Something a lenient {@link RcpJson} read past instead of failing: today only a property the format
 * does not define ({@link Codes#FIELD_UNKNOWN}), which was skipped.
 *
 * @param code the stable code, such as {@code field.unknown}; never null
 * @param pointer the JSON Pointer of the skipped property, such as {@code /processes/0/colour}; never null
 * @param line the 1-based line of the skipped value, or 0 when not known
 * @param column the 1-based column of the skipped value, or 0 when not known
 * @param message what was skipped; never null
 */
public record ReadWarning(String code, String pointer, int line, int column, String message) {

  /**
   * Creates a warning.
   *
   * @param code the code, as {@link #code()} returns it
   * @param pointer the pointer, as {@link #pointer()} returns it
   * @param line the line, as {@link #line()} returns it
   * @param column the column, as {@link #column()} returns it
   * @param message the message, as {@link #message()} returns it
   * @throws NullPointerException if {@code code}, {@code pointer} or {@code message} is null
   */
  public ReadWarning {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
  }
}
