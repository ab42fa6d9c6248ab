package org.rcpmodel.examples.cli;

import java.nio.file.Path;

/**
 * Makes text from a document, or a file name, safe to print on a terminal: what a terminal would act
 * on instead of showing is written as a visible escape such as {@code \u001b}, so that an id holding
 * {@code ESC ] 52 ; … BEL} cannot write the user's clipboard, {@code ESC [ 2 J} cannot clear the
 * screen, a newline cannot forge a line of the report, and a right-to-left override cannot make one
 * name look like another.
 *
 * <p>Escaped: the C0 controls U+0000–U+001F (tab and newline included: every finding stays one line),
 * DEL U+007F, the C1 controls U+0080–U+009F (U+009B is a one-character CSI), the bidirectional
 * embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069, the bidirectional marks U+061C,
 * U+200E and U+200F, the line and paragraph separators U+2028 and U+2029, and unpaired surrogates. An
 * escape sequence is neutralised by escaping its ESC (or CSI): what follows is then plain printable
 * text. Everything else, including letters of every script and backslashes, is kept as it is, so
 * {@code Türkiye} and {@code Казахстан} print unchanged. Text that is not printed to a terminal, such
 * as {@code --format json} output (escaped by the JSON generator) or an SVG file, does not go through
 * this class.
 *
 * <p>Stateless and thread-safe.
 */
public final class TerminalText {

  private TerminalText() {}

  /**
   * The text with every character a terminal would act on written as {@code \}{@code uXXXX}.
   *
   * @param text the text; null is printed as {@code null}, as string concatenation would
   * @return the safe text, never null; {@code text} itself when nothing needed escaping
   */
  public static String safe(CharSequence text) {
    if (text == null) {
      return "null";
    }
    int length = text.length();
    int first = 0;
    while (first < length && !needsEscape(text, first)) {
      first++;
    }
    if (first == length) {
      return text.toString();
    }
    StringBuilder safe = new StringBuilder(length + 16).append(text, 0, first);
    for (int i = first; i < length; i++) {
      char c = text.charAt(i);
      if (needsEscape(text, i)) {
        safe.append(String.format("\\u%04x", (int) c));
      } else {
        safe.append(c);
      }
    }
    return safe.toString();
  }

  /**
   * A file name made safe to print, as {@link #safe(CharSequence)} makes text.
   *
   * @param file the file; null is printed as {@code null}
   * @return the safe name, never null
   */
  public static String safe(Path file) {
    return file == null ? "null" : safe(file.toString());
  }

  /**
   * Whether a character would be escaped by {@link #safe(CharSequence)}.
   *
   * @param c the character
   * @return true for a control, bidirectional control or line/paragraph separator character; false for
   *     a surrogate (whether it is paired depends on its neighbours) and every other character
   */
  public static boolean isUnsafe(char c) {
    return c < 0x20 || org.rcpmodel.examples.Markup.reordersOrHidesText(c);
  }

  private static boolean needsEscape(CharSequence text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return isUnsafe(c);
  }
}
