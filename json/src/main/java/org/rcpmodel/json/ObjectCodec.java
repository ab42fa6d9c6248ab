package org.rcpmodel.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;

/**
 * Reads and writes one model type as a JSON object, driven by one ordered table of its properties:
 * the table fixes the write order, the required properties, and which names are known. Reading
 * streams straight into the type's Immutables builder. Immutable and thread-safe once built.
 *
 * @param <T> the model type
 * @param <B> its builder
 */
final class ObjectCodec<T, B> {

  /** Reads the value at the parser's current token into the builder. */
  @FunctionalInterface
  interface PropertyReader<B> {
    void read(JsonParser p, DeserializationContext ctxt, B builder);
  }

  /** Writes the property (name and value) unless it is absent. */
  @FunctionalInterface
  interface PropertyWriter<T> {
    void write(T value, JsonGenerator g);
  }

  /** One property of the table. */
  record Property<T, B>(String name, boolean required, JsonKind kind, PropertyReader<B> reader,
      PropertyWriter<T> writer) {}

  /** The JSON form of a property's value, used by the schema drift test and for messages. */
  enum JsonKind { STRING, DATE, PERIOD, ENUM, INTEGER, NUMBER, BOOLEAN, OBJECT, ARRAY }

  private final Class<T> type;
  private final String typeName;
  private final Supplier<B> newBuilder;
  private final Function<B, T> build;
  private final List<Property<T, B>> properties;
  private final Map<String, Integer> index;
  private final long requiredMask;
  private final String knownNames;

  ObjectCodec(Class<T> type, Supplier<B> newBuilder, Function<B, T> build, List<Property<T, B>> properties) {
    if (properties.size() > 63) {
      throw new IllegalArgumentException("at most 63 properties per type");
    }
    this.type = type;
    this.typeName = type.getSimpleName();
    this.newBuilder = newBuilder;
    this.build = build;
    this.properties = List.copyOf(properties);
    Map<String, Integer> idx = new HashMap<>();
    long mask = 0;
    List<String> names = new ArrayList<>();
    for (int i = 0; i < properties.size(); i++) {
      Property<T, B> prop = properties.get(i);
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

  Class<T> type() {
    return type;
  }

  List<Property<T, B>> properties() {
    return Collections.unmodifiableList(properties);
  }

  /** Reads the object starting at the parser's current token; leaves the parser on its END_OBJECT. */
  T read(JsonParser p, DeserializationContext ctxt) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw Values.wrongType(p, "an object (" + typeName + ")");
    }
    B builder = newBuilder.get();
    long seen = 0;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      Integer i = index.get(name);
      if (i == null) {
        unknown(p, ctxt, name);
        continue;
      }
      long bit = 1L << i;
      if ((seen & bit) != 0) {
        throw InputProblem.at(p, Codes.DUPLICATE_KEY,
            "Property '" + name + "' appears twice in this " + typeName + "; keep one");
      }
      seen |= bit;
      p.nextToken();
      properties.get(i).reader().read(p, ctxt, builder);
    }
    if ((seen & requiredMask) != requiredMask) {
      throw missing(p, seen);
    }
    try {
      return build.apply(builder);
    } catch (RuntimeException e) {
      // Immutables checks (such as a participant that is both a State and an organization) throw here.
      throw InputProblem.at(p, Codes.FIELD_INVALID, "Invalid " + typeName + ": " + e.getMessage());
    }
  }

  private void unknown(JsonParser p, DeserializationContext ctxt, String name) {
    if (ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
      throw InputProblem.at(p, Codes.FIELD_UNKNOWN,
          "Unknown property '" + name + "' in " + typeName + "; known properties: " + knownNames);
    }
    p.nextToken();
    // Lets the mapper's problem handlers see (and report) the property; skips it otherwise.
    ctxt.handleUnknownProperty(p, null, type, name);
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
  void write(T value, JsonGenerator g) {
    g.writeStartObject(value);
    for (Property<T, B> prop : properties) {
      prop.writer().write(value, g);
    }
    g.writeEndObject();
  }

  ValueSerializer<T> serializer() {
    return new ValueSerializer<>() {
      @Override
      public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
        write(value, g);
      }

      @Override
      public Class<?> handledType() {
        return type;
      }
    };
  }

  ValueDeserializer<T> deserializer() {
    return new ValueDeserializer<>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) {
        return read(p, ctxt);
      }

      @Override
      public Class<?> handledType() {
        return type;
      }
    };
  }
}
