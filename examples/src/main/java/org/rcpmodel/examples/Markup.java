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
   * and carriage return, and U+FFFE and U+FFFF each become U+FFFD. Characters that would reorder or
   * hide the text around them on the page (bidi embeddings, overrides, isolates and marks, DEL, the C1
   * controls, the line and paragraph separators) are shown as visible escapes such as
   * {@code \u202e}, as the terminal output shows them: a name holding an override cannot make
   * {@code title.exe.png} read as {@code title.png.exe}, nor pull a badge beside it into its text.
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
          } else if (reordersOrHidesText(c)) {
            out.append(String.format("\\u%04x", (int) c));
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

  /**
   * Tells whether a character, though printable by XML's rules, would reorder or hide the text around
   * it wherever it is shown: DEL and the C1 controls U+0080–U+009F, the bidi embeddings, overrides and
   * isolates U+202A–U+202E and U+2066–U+2069, the bidi marks U+061C, U+200E and U+200F, and the line
   * and paragraph separators U+2028 and U+2029. The page output and the terminal output
   * ({@code TerminalText}) both show these as visible escapes.
   *
   * @param c the character
   * @return true if the character reorders or hides text
   */
  public static boolean reordersOrHidesText(char c) {
    return (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F
        || (c >= 0x2028 && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
  }
}
