package org.rcpmodel.validation;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Objects;

/**
 * Converts between Bean Validation property paths over the model and JSON Pointers (RFC 6901) into
 * the document format: {@code processes[0].chairs[1].period} is {@code /processes/0/chairs/1/period}.
 * The model's property names are the document's property names, so the conversion is by name.
 *
 * <p>Stateless and thread-safe.
 */
public final class JsonPointers {

  private JsonPointers() {}

  /**
   * The JSON Pointer of a property path of a violation found on a {@code Document}.
   *
   * @param path the path; not null
   * @return the pointer; the empty string for the document itself
   * @throws NullPointerException if {@code path} is null
   */
  public static String of(Path path) {
    Objects.requireNonNull(path, "path");
    StringBuilder sb = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getIndex() != null) {
        sb.append('/').append(node.getIndex().intValue());
      } else if (node.getKey() != null) {
        appendSegment(sb, node.getKey().toString());
      }
      String name = node.getName();
      if (name != null && !name.isEmpty() && node.getKind() != ElementKind.CONTAINER_ELEMENT
          && node.getKind() != ElementKind.BEAN && !name.startsWith("<")) {
        appendSegment(sb, name);
      }
    }
    return sb.toString();
  }

  /**
   * Appends one reference token, escaped as RFC 6901 requires ({@code ~} as {@code ~0}, {@code /} as
   * {@code ~1}).
   */
  static void appendSegment(StringBuilder sb, String token) {
    sb.append('/');
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c == '~') {
        sb.append("~0");
      } else if (c == '/') {
        sb.append("~1");
      } else {
        sb.append(c);
      }
    }
  }
}
