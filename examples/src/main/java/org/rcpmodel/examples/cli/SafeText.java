package org.rcpmodel.examples.cli;

/**
 * Text from a document made safe for a terminal: control characters (C0, DEL, C1) and the Unicode
 * format controls that reorder or hide text (bidirectional overrides and isolates, zero-width
 * characters) are shown as {@code \}{@code uXXXX} escapes instead of being written raw.
 */
final class SafeText {

  private SafeText() {}

  static String of(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean unsafe = c < 0x20 || (c >= 0x7f && c <= 0x9f) || Character.getType(c) == Character.FORMAT
          || Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1)) || Character.isLowSurrogate(c) && i > 0
              && Character.isHighSurrogate(text.charAt(i - 1)));
      if (unsafe) {
        if (sb == null) {
          sb = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        sb.append(String.format("\\u%04x", (int) c));
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? text : sb.toString();
  }
}
