package org.rcpmodel.json.hardening;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.rcpmodel.json.hardening.JsonText.Arr;
import org.rcpmodel.json.hardening.JsonText.Field;
import org.rcpmodel.json.hardening.JsonText.Obj;
import org.rcpmodel.json.hardening.JsonText.Raw;

/**
 * One change to a valid document's JSON, chosen by QuickTheories: what to do ({@link Kind}), where
 * ({@code target}, taken modulo the number of candidate places), a sub-choice ({@code variant}) and a
 * random string ({@code text}). Applying the same mutation to the same tree gives the same result.
 */
record Mutation(Kind kind, int target, int variant, String text) {

  enum Kind {
    DELETE, DUPLICATE_KEY, RENAME_KEY, UNKNOWN_PROPERTY, RETYPE, STRANGE_STRING, STRANGE_NUMBER, EMPTY_ARRAY,
    HUGE_ARRAY, NEST, INVALID_DATE, DANGLING_REFERENCE, PARENT_CYCLE, CROSS_REFERENCE,
    // Text-level: applied to the written JSON, so the result is usually malformed.
    TRUNCATE, CORRUPT
  }

  static final List<String> STRANGE_NUMBERS = List.of("-1", "0", "-0", "0.0", "1.5", "-2147483648", "2147483647",
      "2147483648", "-2147483649", "9223372036854775808", "1e400", "-1e400", "1e-400", "1E+2147483647",
      "1e-2147483648", "1e2147483648", "0e99999999", "1" + "0".repeat(99), "9".repeat(100), "9".repeat(101),
      "9".repeat(10_000), "0." + "0".repeat(98) + "1", "-" + "9".repeat(99), "12345678901234567890.123456789");

  static final List<String> RETYPED = List.of("true", "false", "null", "{}", "[]", "\"\"", "0", "\"text\"",
      "{\"a\":1}", "[1,\"x\",null]", "[[]]", "{\"state\":\"KAZ\",\"organization\":\"iom\"}", "\" \"");

  static final List<String> INVALID_DATES = List.of("2023-02-30", "2023-02-29", "2023-13", "2023-00", "0000",
      "-0001", "99999", "10000-01-01", "2023/2022", "2023-06/2023-05", "../..", "/", "//", "", " 2023", "2023 ",
      "2023-1-1", "２０２３", "2023-02-28T00:00", "2023-W01", "2023-001", "2023/", "../", "..", "2023..2024",
      "2023/2024/2025", "+2023", "2023-06-31", "1900-02-29", "2000-02-29", "2023-6", "9999-12-31/..", "\u0662\u0660\u0662\u0663");

  /** Property names whose values (or whose array's elements) name another record. */
  static final Set<String> REFERENCES = Set.of("parent", "organization", "state", "meeting", "frameworks", "sources",
      "host", "coChair");

  private static final Pattern DATE_LIKE = Pattern.compile("[0-9./-]+");

  @Override
  public String toString() {
    String shown = text.length() > 40 ? text.substring(0, 40) + "...(" + text.length() + " chars)" : text;
    return kind + "(target=" + target + ", variant=" + variant + ", text=" + JsonText.quote(shown) + ")";
  }

  /** A place a value sits: the root, an object's property or an array's element. */
  private record Slot(JsonText container, int index, String name) {
    JsonText get() {
      return container instanceof Obj o ? o.fields.get(index).value : ((Arr) container).items.get(index);
    }

    void set(JsonText value) {
      if (container instanceof Obj o) {
        o.fields.get(index).value = value;
      } else {
        ((Arr) container).items.set(index, value);
      }
    }

    void remove() {
      if (container instanceof Obj o) {
        o.fields.remove(index);
      } else {
        ((Arr) container).items.remove(index);
      }
    }
  }

  private static List<Slot> slots(JsonText root) {
    List<Slot> out = new ArrayList<>();
    collect(root, null, out);
    return out;
  }

  private static void collect(JsonText node, String name, List<Slot> out) {
    if (node instanceof Obj o) {
      for (int i = 0; i < o.fields.size(); i++) {
        Field f = o.fields.get(i);
        out.add(new Slot(o, i, f.name));
        collect(f.value, f.name, out);
      }
    } else if (node instanceof Arr a) {
      for (int i = 0; i < a.items.size(); i++) {
        out.add(new Slot(a, i, name));
        collect(a.items.get(i), name, out);
      }
    }
  }

  private static List<Obj> objects(JsonText node, List<Obj> out) {
    if (node instanceof Obj o) {
      out.add(o);
      o.fields.forEach(f -> objects(f.value, out));
    } else if (node instanceof Arr a) {
      a.items.forEach(i -> objects(i, out));
    }
    return out;
  }

  private <T> T pick(List<T> from) {
    return from.get(Math.floorMod(target, from.size()));
  }

  private <T> T choose(List<T> from) {
    return from.get(Math.floorMod(variant, from.size()));
  }

  /** Applies a tree mutation in place; text-level kinds do nothing here (see {@link #applyToText}). */
  void applyToTree(Obj root) {
    List<Slot> all = slots(root);
    if (all.isEmpty()) {
      return;
    }
    switch (kind) {
      case DELETE -> pick(all).remove();
      case DUPLICATE_KEY -> {
        List<Slot> fields = all.stream().filter(s -> s.container() instanceof Obj).toList();
        Slot s = pick(fields);
        JsonText again = variant % 2 == 0 ? s.get().copy() : JsonText.string(text);
        ((Obj) s.container()).fields.add(s.index() + 1, new Field(s.name(), again));
      }
      case RENAME_KEY -> {
        List<Slot> fields = all.stream().filter(s -> s.container() instanceof Obj).toList();
        Slot s = pick(fields);
        ((Obj) s.container()).fields.get(s.index()).name = text;
      }
      case UNKNOWN_PROPERTY -> {
        Obj o = pick(objects(root, new ArrayList<>()));
        o.fields.add(Math.floorMod(variant, o.fields.size() + 1),
            new Field(variant % 3 == 0 ? "colour" : text, JsonText.string(text)));
      }
      case RETYPE -> pick(all).set(new Raw(choose(RETYPED)));
      case STRANGE_STRING -> {
        List<Slot> strings = all.stream().filter(s -> s.get() instanceof Raw r && r.isString()).toList();
        pick(strings.isEmpty() ? all : strings).set(JsonText.string(text));
      }
      case STRANGE_NUMBER -> pick(all).set(new Raw(choose(STRANGE_NUMBERS)));
      case EMPTY_ARRAY -> {
        List<Slot> arrays = all.stream().filter(s -> s.get() instanceof Arr).toList();
        if (!arrays.isEmpty()) {
          ((Arr) pick(arrays).get()).items.clear();
        }
      }
      case HUGE_ARRAY -> {
        List<Slot> arrays = all.stream().filter(s -> s.get() instanceof Arr a && !a.items.isEmpty()).toList();
        if (!arrays.isEmpty()) {
          Arr a = (Arr) pick(arrays).get();
          JsonText first = a.items.get(0);
          // Mostly hundreds of elements, now and then a few thousand.
          int size = variant % 10 == 0 ? 1_000 + variant % 2_000 : 10 + variant % 200;
          while (a.items.size() < size) {
            a.items.add(first.copy());
          }
        }
      }
      case NEST -> {
        Slot s = pick(all);
        JsonText v = s.get();
        int depth = 1 + Math.floorMod(variant, 100);
        for (int i = 0; i < depth; i++) {
          if (i % 2 == 0) {
            Arr a = new Arr();
            a.items.add(v);
            v = a;
          } else {
            Obj o = new Obj();
            o.fields.add(new Field(s.name() == null ? "x" : s.name(), v));
            v = o;
          }
        }
        s.set(v);
      }
      case INVALID_DATE -> {
        List<Slot> dates = all.stream()
            .filter(s -> s.get() instanceof Raw r && r.plainString() != null && DATE_LIKE.matcher(r.plainString()).matches())
            .toList();
        pick(dates.isEmpty() ? all : dates).set(JsonText.string(choose(INVALID_DATES)));
      }
      case DANGLING_REFERENCE -> {
        List<Slot> refs = all.stream()
            .filter(s -> REFERENCES.contains(s.name()) && s.get() instanceof Raw r && r.isString()).toList();
        if (!refs.isEmpty()) {
          pick(refs).set(JsonText.string(variant % 2 == 0 ? "nothing-" + Math.floorMod(variant, 100) : "ZZZ"));
        }
      }
      case PARENT_CYCLE -> parentCycle(root);
      case CROSS_REFERENCE -> {
        // Points one reference at the id of a record of another kind (a source id as a parent, and so on).
        List<Slot> refs = all.stream()
            .filter(s -> REFERENCES.contains(s.name()) && s.get() instanceof Raw r && r.isString()).toList();
        List<Slot> ids = all.stream().filter(s -> "id".equals(s.name()) && s.get() instanceof Raw).toList();
        if (!refs.isEmpty() && !ids.isEmpty()) {
          pick(refs).set(choose(ids).get());
        }
      }
      case TRUNCATE, CORRUPT -> { }
      default -> throw new AssertionError(kind);
    }
  }

  /** Makes organizations parents of each other in a loop of 1 to 4 (adding organizations as needed). */
  private void parentCycle(Obj root) {
    JsonText orgs = root.get("organizations");
    if (!(orgs instanceof Arr)) {
      orgs = new Arr();
      root.put("organizations", orgs);
    }
    List<JsonText> items = ((Arr) orgs).items;
    int length = 1 + Math.floorMod(variant, 4);
    for (int i = 0; items.size() < length; i++) {
      Obj org = new Obj();
      org.fields.add(new Field("id", JsonText.string("loop-" + i)));
      org.fields.add(new Field("name", JsonText.string("Loop " + i)));
      items.add(org);
    }
    int start = Math.floorMod(target, items.size() - length + 1);
    for (int i = 0; i < length; i++) {
      JsonText org = items.get(start + i);
      JsonText next = items.get(start + (i + 1) % length);
      if (org instanceof Obj o && next instanceof Obj n && n.get("id") != null) {
        o.put("parent", n.get("id"));
      }
    }
  }

  /** Applies a text-level mutation to written JSON; other kinds return the text unchanged. */
  String applyToText(String json) {
    if (json.isEmpty()) {
      return json;
    }
    int at = Math.floorMod(target, json.length());
    return switch (kind) {
      case TRUNCATE -> json.substring(0, at);
      case CORRUPT -> {
        List<String> junk = List.of("{", "}", "[", "]", ",", ":", "\"", "\\", "\u0000", "\u007f", "\uFEFF", "\uD800",
            "\n", "nul", "tru", "1e", "-", "//", "/*", "'", "\u00a0", text);
        yield variant % 5 == 0 ? json.substring(0, at) + json.substring(at + 1)
            : json.substring(0, at) + choose(junk) + json.substring(at);
      }
      default -> json;
    };
  }
}
