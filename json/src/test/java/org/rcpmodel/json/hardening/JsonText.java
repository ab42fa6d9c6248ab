package org.rcpmodel.json.hardening;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A mutable JSON tree for fuzzing: unlike a Jackson tree it keeps duplicate keys, raw number tokens of
 * any length and values of any shape, and writes them back verbatim. Not thread-safe.
 */
abstract class JsonText {

  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  /** Parses well-formed JSON (such as what {@code RcpJson} writes) into a tree. */
  static JsonText parse(String json) {
    return of(PLAIN.readTree(json));
  }

  private static JsonText of(JsonNode node) {
    if (node.isObject()) {
      Obj obj = new Obj();
      for (var entry : node.properties()) {
        obj.fields.add(new Field(entry.getKey(), of(entry.getValue())));
      }
      return obj;
    }
    if (node.isArray()) {
      Arr arr = new Arr();
      for (JsonNode item : node) {
        arr.items.add(of(item));
      }
      return arr;
    }
    return node.isString() ? string(node.asString()) : new Raw(node.toString());
  }

  /** A JSON string value; lone surrogates are written as escapes so the text stays valid JSON. */
  static Raw string(String value) {
    return new Raw(quote(value));
  }

  static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
      if (pair) {
        sb.append(c).append(s.charAt(++i));
      } else if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20 || Character.isSurrogate(c)) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  abstract JsonText copy();

  abstract void write(StringBuilder out);

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    write(sb);
    return sb.toString();
  }

  /** One property of an object; a name may repeat. */
  static final class Field {
    String name;
    JsonText value;

    Field(String name, JsonText value) {
      this.name = name;
      this.value = value;
    }
  }

  static final class Obj extends JsonText {
    final List<Field> fields = new ArrayList<>();

    JsonText get(String name) {
      for (Field f : fields) {
        if (f.name.equals(name)) {
          return f.value;
        }
      }
      return null;
    }

    void put(String name, JsonText value) {
      for (Field f : fields) {
        if (f.name.equals(name)) {
          f.value = value;
          return;
        }
      }
      fields.add(new Field(name, value));
    }

    @Override
    Obj copy() {
      Obj c = new Obj();
      for (Field f : fields) {
        c.fields.add(new Field(f.name, f.value.copy()));
      }
      return c;
    }

    @Override
    void write(StringBuilder out) {
      out.append('{');
      for (int i = 0; i < fields.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        out.append(quote(fields.get(i).name)).append(':');
        fields.get(i).value.write(out);
      }
      out.append('}');
    }
  }

  static final class Arr extends JsonText {
    final List<JsonText> items = new ArrayList<>();

    @Override
    Arr copy() {
      Arr c = new Arr();
      for (JsonText item : items) {
        c.items.add(item.copy());
      }
      return c;
    }

    @Override
    void write(StringBuilder out) {
      out.append('[');
      for (int i = 0; i < items.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        items.get(i).write(out);
      }
      out.append(']');
    }
  }

  /** A scalar written verbatim: a number, {@code true}, {@code null}, a quoted string, or any text at all. */
  static final class Raw extends JsonText {
    final String token;

    Raw(String token) {
      this.token = token;
    }

    boolean isString() {
      return token.length() >= 2 && token.startsWith("\"") && token.endsWith("\"");
    }

    /** The string's content when it is a plain string without escapes, else null. */
    String plainString() {
      return isString() && token.indexOf('\\') < 0 ? token.substring(1, token.length() - 1) : null;
    }

    @Override
    Raw copy() {
      return this;
    }

    @Override
    void write(StringBuilder out) {
      out.append(token);
    }
  }
}
