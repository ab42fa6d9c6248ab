package org.rcpmodel.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads and writes one model type as a JSON object. A subclass gives the ordered table of the type's
 * properties (which fixes the write order, the required properties and the known names), reads one
 * property by its name, and writes the properties in table order. Reading streams straight into the
 * type's Immutables builder. Immutable and thread-safe once built.
 *
 * <h2>Adding a property</h2>
 *
 * <p>A new optional property of a type is added in its codec in {@link Codecs}, in three lines that
 * name it and touch nothing else:
 * <ol>
 *   <li>the table: {@code optional("accessed", JsonKind.DATE)} at the place it is written (required
 *       properties are {@code required(...)}, lists {@code list(...)}); the table is what the reader
 *       knows, requires and reports, and what the schema drift test compares with the JSON Schema;
 *   <li>reading: one {@code case "accessed" -> b.accessed(ctx.date(p));} in {@code readProperty},
 *       anywhere in the {@code switch} (cases are matched by name, never by position);
 *   <li>writing: one {@code writeOptionalDate(g, "accessed", v.getAccessed());} in
 *       {@code writeProperties}, at the property's place in the table, with the writer that omits an
 *       absent or empty value (so that documents without it write back byte for byte).
 * </ol>
 * Then give the property its definition in {@code rcp-document.schema.json} and its line in
 * docs/FORMAT.md; the drift tests fail until the table, the model type, the schema and the reader
 * agree. A table property the {@code switch} has no case for fails on the first document that holds it
 * ({@link IllegalStateException}), which the round-trip tests of each property catch.
 *
 * <p>Subclasses are plain classes with a {@code String} {@code switch} rather than tables of lambdas,
 * because every lambda costs a class spun at start-up, which a command line tool pays on every run.
 *
 * @param <T> the model type
 * @param <B> its builder
 */
abstract class ObjectCodec<T, B> {

  /** One property of the table: its JSON name, whether it must be present, and its JSON form. */
  record Property(String name, boolean required, JsonKind kind) {}

  /** The JSON form of a property's value, used by the schema drift test and for messages. */
  enum JsonKind { STRING, DATE, PERIOD, ENUM, INTEGER, NUMBER, BOOLEAN, OBJECT, ARRAY }

  static Property required(String name, JsonKind kind) {
    return new Property(name, true, kind);
  }

  static Property optional(String name, JsonKind kind) {
    return new Property(name, false, kind);
  }

  /** A list: optional on read (absent means empty), omitted on write when empty. */
  static Property list(String name) {
    return new Property(name, false, JsonKind.ARRAY);
  }

  private final Class<T> type;
  private final String typeName;
  private final List<Property> properties;
  private final Map<String, Integer> index;
  private final long requiredMask;
  private final String knownNames;

  ObjectCodec(Class<T> type, List<Property> properties) {
    if (properties.size() > 63) {
      throw new IllegalArgumentException("at most 63 properties per type");
    }
    this.type = type;
    this.typeName = type.getSimpleName();
    this.properties = List.copyOf(properties);
    Map<String, Integer> idx = new HashMap<>();
    long mask = 0;
    List<String> names = new ArrayList<>();
    for (int i = 0; i < properties.size(); i++) {
      Property prop = properties.get(i);
      if (idx.put(prop.name(), i) != null) {
        throw new IllegalArgumentException("duplicate property " + prop.name());
      }
      if (prop.required()) {
        mask |= 1L << i;
      }
      names.add(prop.name());
    }
    this.index = idx;
    this.requiredMask = mask;
    this.knownNames = String.join(", ", names);
  }

  /** A new, empty builder. */
  abstract B newBuilder();

  /** Builds the value; a model invariant that fails throws a {@link RuntimeException}. */
  abstract T build(B builder);

  /**
   * Reads the value at the parser's current token into the builder.
   *
   * @param name the property's name, one of the table's
   */
  abstract void readProperty(String name, JsonParser p, ReadContext ctx, B builder);

  /** What a {@code readProperty} switch does with a table name it has no case for: a codec bug. */
  final IllegalStateException noCase(String name) {
    return new IllegalStateException("the " + typeName + " codec lists '" + name + "' but does not read it");
  }

  /** Writes every property that is present, in table order. */
  abstract void writeProperties(T value, JsonGenerator g);

  Class<T> type() {
    return type;
  }

  List<Property> properties() {
    return properties;
  }

  /** Reads the object starting at the parser's current token; leaves the parser on its END_OBJECT. */
  final T read(JsonParser p, ReadContext ctx) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw Values.wrongType(p, "an object (" + typeName + ")");
    }
    B builder = newBuilder();
    long seen = 0;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      Integer i = index.get(name);
      if (i == null) {
        unknown(p, ctx, name);
        continue;
      }
      long bit = 1L << i;
      if ((seen & bit) != 0) {
        throw InputProblem.at(p, Codes.DUPLICATE_KEY,
            "Property '" + name + "' appears twice in this " + typeName + "; keep one");
      }
      seen |= bit;
      p.nextToken();
      readProperty(name, p, ctx, builder);
    }
    if ((seen & requiredMask) != requiredMask) {
      throw missing(p, seen);
    }
    try {
      return build(builder);
    } catch (RuntimeException e) {
      // Immutables checks (such as a participant that is both a State and an organization) throw here.
      throw InputProblem.at(p, Codes.FIELD_INVALID, "Invalid " + typeName + ": " + e.getMessage());
    }
  }

  private void unknown(JsonParser p, ReadContext ctx, String name) {
    if (ctx.rejectsUnknownProperties()) {
      throw InputProblem.at(p, Codes.FIELD_UNKNOWN,
          "Unknown property '" + name + "' in " + typeName + "; known properties: " + knownNames);
    }
    p.nextToken();
    ctx.skipUnknownProperty(p, type, name);
  }

  private InputProblem missing(JsonParser p, long seen) {
    for (int i = 0; i < properties.size(); i++) {
      if ((requiredMask & (1L << i)) != 0 && (seen & (1L << i)) == 0) {
        String name = properties.get(i).name();
        String objectPointer = p.streamReadContext().pathAsPointer().toString();
        return InputProblem.at(p, Codes.FIELD_REQUIRED, objectPointer + "/" + name,
            "Missing required property '" + name + "' in " + typeName);
      }
    }
    throw new AssertionError("no missing property");
  }

  /** Writes the value as an object, properties in table order, absent ones omitted. */
  final void write(T value, JsonGenerator g) {
    g.writeStartObject(value);
    writeProperties(value, g);
    g.writeEndObject();
  }

  /** Writes a property holding one object. */
  final void writeObject(JsonGenerator g, String name, T value) {
    g.writeName(name);
    write(value, g);
  }

  /** Writes a property holding one object, unless absent. */
  final void writeOptionalObject(JsonGenerator g, String name, Optional<T> value) {
    if (value.isPresent()) {
      writeObject(g, name, value.get());
    }
  }

  /** Writes a property holding an array of objects, unless empty. */
  final void writeObjects(JsonGenerator g, String name, List<T> values) {
    if (!values.isEmpty()) {
      g.writeName(name);
      g.writeStartArray();
      for (T v : values) {
        write(v, g);
      }
      g.writeEndArray();
    }
  }

  // ---- writing single values; the tables' codecs call these in table order -------------------

  static void writeString(JsonGenerator g, String name, String value) {
    g.writeStringProperty(name, value);
  }

  static void writeOptionalString(JsonGenerator g, String name, Optional<String> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, value.get());
    }
  }

  static void writeStrings(JsonGenerator g, String name, List<String> values) {
    if (!values.isEmpty()) {
      g.writeName(name);
      g.writeStartArray();
      for (String v : values) {
        g.writeString(v);
      }
      g.writeEndArray();
    }
  }

  static void writeDate(JsonGenerator g, String name, PartialDate value) {
    g.writeStringProperty(name, value.toString());
  }

  static void writeOptionalDate(JsonGenerator g, String name, Optional<PartialDate> value) {
    if (value.isPresent()) {
      writeDate(g, name, value.get());
    }
  }

  static void writePeriod(JsonGenerator g, String name, Period value) {
    g.writeStringProperty(name, value.toString());
  }

  static void writeOptionalPeriod(JsonGenerator g, String name, Optional<Period> value) {
    if (value.isPresent()) {
      writePeriod(g, name, value.get());
    }
  }

  static void writeEnum(JsonGenerator g, String name, Enum<?> value) {
    g.writeStringProperty(name, value.name());
  }

  static void writeOptionalEnum(JsonGenerator g, String name, Optional<? extends Enum<?>> value) {
    if (value.isPresent()) {
      writeEnum(g, name, value.get());
    }
  }

  static void writeInt(JsonGenerator g, String name, int value) {
    g.writeNumberProperty(name, value);
  }

  static void writeOptionalInt(JsonGenerator g, String name, Optional<Integer> value) {
    if (value.isPresent()) {
      writeInt(g, name, value.get().intValue());
    }
  }

  static void writeDecimal(JsonGenerator g, String name, BigDecimal value) {
    g.writeNumberProperty(name, value);
  }

  static void writeBoolean(JsonGenerator g, String name, boolean value) {
    g.writeBooleanProperty(name, value);
  }

  /** Writes a flag that defaults to {@code false} only when it is set, so that its absence means false. */
  static void writeTrue(JsonGenerator g, String name, boolean value) {
    if (value) {
      g.writeBooleanProperty(name, true);
    }
  }
}
