package org.rcpmodel.examples;

/**
 * Escaping document text for the tool's SVG and HTML output. Stateless and thread-safe.
 */
public final class Markup {

  private Markup() {}

  /**
   * Escapes text for XML and HTML content and attribute values (quoted with {@code "} or {@code '}).
   *
   * <p>The result holds only characters XML 1.0 allows and is always encodable as UTF-8: markup
   * characters become character references; a surrogate is kept only as part of a complete high + low
   * pair (a supplementary character); a lone surrogate, a control character other than tab, line feed
   * and carriage return, and U+FFFE and U+FFFF each become U+FFFD.
   *
   * @param text the text; not null
   * @return the escaped text, never null
   * @throws NullPointerException if {@code text} is null
   */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else {
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD);
            out.append(allowed ? c : '\uFFFD');
          }
        }
      }
    }
    return out.toString();
  }
}
