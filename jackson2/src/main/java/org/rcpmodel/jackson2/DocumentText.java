package org.rcpmodel.jackson2;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The text of one JSON value that a Jackson 2 parser is on, rebuilt from its tokens so that each token
 * starts at the line and column it had in the parser's input (padded with line ends and spaces), and
 * so that rcp-json's reader, given this text, reports the same line and column as for the original.
 * Columns count bytes when the parser reads bytes and characters when it reads text, as both readers
 * do. Strings are written with the shortest escapes, which are never longer than the input's, with
 * one exception: a lone surrogate given raw (possible only in a Java {@code String} input) is written
 * as a six-character escape, which moves the later tokens of that line five columns right.
 *
 * <p>Tokens from an input without locations (a tree or a token buffer) are written one after the
 * other. Not thread-safe; one instance per value.
 */
final class DocumentText {

  private final StringBuilder text = new StringBuilder();
  private final boolean countsBytes;
  private int line = 1;
  private long column = 1;
  private JsonProcessingException failure;

  private DocumentText(boolean countsBytes) {
    this.countsBytes = countsBytes;
  }

  /** Whether the parser's columns count bytes (it reads bytes) rather than characters. */
  static boolean countsBytes(JsonParser p) {
    JsonLocation at = p.currentTokenLocation();
    return at.getByteOffset() >= 0 && at.getCharOffset() < 0;
  }

  /**
   * Copies the value the parser is on, leaving the parser on its last token. When the parser fails on
   * the input (malformed, or over a limit of the mapper), the copy keeps the text up to the token it
   * failed on, and {@link #failure()} says why.
   *
   * @return the text; the caller reads it as bytes when {@link #countsBytes()}
   * @throws IOException if the input stream fails
   */
  static DocumentText copy(JsonParser p) throws IOException {
    DocumentText out = new DocumentText(countsBytes(p));
    try {
      out.copyValue(p);
    } catch (JsonProcessingException e) {
      out.failure = e;
    }
    return out;
  }

  private void copyValue(JsonParser p) throws IOException {
    DocumentText out = this;
    // One entry per open array or object: how many members or elements it has so far.
    Deque<int[]> open = new ArrayDeque<>();
    Deque<Boolean> inArray = new ArrayDeque<>();
    boolean afterName = false;
    JsonToken t = p.currentToken();
    while (t != null) {
      switch (t) {
        case END_OBJECT, END_ARRAY -> {
          out.place(p);
          out.append(t == JsonToken.END_OBJECT ? "}" : "]");
          open.pop();
          inArray.pop();
        }
        case FIELD_NAME -> {
          if (open.peek()[0]++ > 0) {
            out.append(",");
          }
          out.place(p);
          out.string(p.currentName());
          out.append(":");
          afterName = true;
        }
        default -> {
          if (!afterName && !open.isEmpty() && inArray.peek() && open.peek()[0]++ > 0) {
            out.append(",");
          }
          afterName = false;
          out.place(p);
          out.value(p, t);
          if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            open.push(new int[1]);
            inArray.push(t == JsonToken.START_ARRAY);
          }
        }
      }
      if (open.isEmpty()) {
        return;
      }
      t = p.nextToken();
    }
    // A parser ends inside a value only when its input ends early; the reader then says where.
  }

  /** Why the parser stopped before the end of the value, or null when it did not. */
  JsonProcessingException failure() {
    return failure;
  }

  /**
   * Whether a position the reader reports in this text lies before its end, on a token of the input;
   * a reader's complaint at the end of a copy the parser cut short is about the cut, not the input.
   */
  boolean isBeforeEnd(int atLine, int atColumn) {
    return atLine < line || (atLine == line && atColumn < column);
  }

  /** Whether the text is to be read as UTF-8 bytes, its columns counting bytes. */
  boolean countsBytes() {
    return countsBytes;
  }

  /** The text. */
  String text() {
    return text.toString();
  }

  /** The text as UTF-8; lossless, since lone surrogates were escaped. */
  byte[] bytes() {
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private void place(JsonParser p) {
    JsonLocation at = p.currentTokenLocation();
    int toLine = at.getLineNr();
    int toColumn = at.getColumnNr();
    if (toLine <= 0 || toColumn <= 0) {
      return;
    }
    if (toLine > line) {
      text.append("\n".repeat(toLine - line));
      line = toLine;
      column = 1;
    }
    if (toLine == line && toColumn > column) {
      text.append(" ".repeat((int) (toColumn - column)));
      column = toColumn;
    }
  }

  private void append(String s) {
    text.append(s);
    column += countsBytes ? utf8Length(s) : s.length();
  }

  private void value(JsonParser p, JsonToken t) throws IOException {
    switch (t) {
      case START_OBJECT -> append("{");
      case START_ARRAY -> append("[");
      case VALUE_STRING -> string(p.getText());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> append(p.getText());
      case VALUE_TRUE -> append("true");
      case VALUE_FALSE -> append("false");
      case VALUE_NULL -> append("null");
      // A raw value in a token buffer or tree (a document this module wrote, through convertValue or
      // valueToTree) is JSON text; any other embedded value is not, and as a string the reader rejects
      // it with the error of a value of the wrong type, at its pointer.
      default -> {
        Object embedded = t == JsonToken.VALUE_EMBEDDED_OBJECT ? p.getEmbeddedObject() : null;
        if (embedded instanceof RawValue raw) {
          append(raw.rawValue() instanceof SerializableString json ? json.getValue() : String.valueOf(raw.rawValue()));
        } else {
          string(String.valueOf(p.getText()));
        }
      }
    }
  }

  private void string(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1));
          if (pair) {
            sb.append(c).append(s.charAt(++i));
          } else if (c < 0x20 || Character.isSurrogate(c)) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    append(sb.append('"').toString());
  }

  private static int utf8Length(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }
}
