package org.rcpmodel.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.rcpmodel.json.ObjectCodec.JsonKind;
import org.rcpmodel.json.ObjectCodec.Property;
import org.rcpmodel.time.InvalidDateException;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** Reading single values with typed problems, and the property factories the codec tables use. */
final class Values {

  private Values() {}

  /**
   * The reading attribute that caps the elements of one array ({@link RcpJson.Builder#maxArrayLength});
   * a mapper without it reads arrays of any length.
   */
  static final String MAX_ARRAY_LENGTH = Values.class.getName() + ".maxArrayLength";

  static InputProblem wrongType(JsonParser p, String expected) {
    return InputProblem.at(p, Codes.FIELD_INVALID, "Expected " + expected + ", found " + describe(p.currentToken()));
  }

  private static String describe(JsonToken t) {
    if (t == null) {
      return "the end of input";
    }
    switch (t) {
      case START_OBJECT: return "an object";
      case START_ARRAY: return "an array";
      case VALUE_STRING: return "a string";
      case VALUE_NUMBER_INT: return "an integer";
      case VALUE_NUMBER_FLOAT: return "a decimal number";
      case VALUE_TRUE: case VALUE_FALSE: return "a boolean";
      case VALUE_NULL: return "null (leave the property out instead)";
      default: return t.toString();
    }
  }

  static String string(JsonParser p) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType(p, "a string");
    }
    return p.getString();
  }

  static PartialDate date(JsonParser p) {
    String text = string(p);
    try {
      return PartialDate.parse(text);
    } catch (InvalidDateException e) {
      throw InputProblem.at(p, Codes.DATE_INVALID, e.getMessage() + "; write YYYY, YYYY-MM or YYYY-MM-DD");
    }
  }

  static Period period(JsonParser p) {
    String text = string(p);
    try {
      return Period.parse(text);
    } catch (InvalidDateException e) {
      throw InputProblem.at(p, Codes.DATE_INVALID,
          e.getMessage() + "; write START/END with each end a date, '..' (open) or nothing (unknown)");
    }
  }

  static <E extends Enum<E>> E enumValue(JsonParser p, Class<E> type) {
    String text = string(p);
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      throw InputProblem.at(p, Codes.FIELD_INVALID, "Unknown " + type.getSimpleName() + " '" + text
          + "'; allowed: " + List.of(type.getEnumConstants()));
    }
  }

  static int integer(JsonParser p) {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
      throw wrongType(p, "an integer between -2147483648 and 2147483647");
    }
    return p.getIntValue();
  }

  static BigDecimal decimal(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw wrongType(p, "a number");
    }
    try {
      return p.getDecimalValue();
    } catch (NumberFormatException e) {
      // Jackson throws this, unwrapped, for an exponent that BigDecimal cannot represent (1e2147483648).
      throw InputProblem.at(p, Codes.FIELD_INVALID, "The number " + p.getString()
          + " is out of range: its exponent must lie between -2147483647 and 2147483647");
    }
  }

  static boolean bool(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw wrongType(p, "true or false");
  }

  // ---- property factories ----------------------------------------------------------------------

  /** How to read one element or value. */
  @FunctionalInterface
  interface ValueReader<V> {
    V read(JsonParser p, tools.jackson.databind.DeserializationContext ctxt);
  }

  /** How to write one element or value. */
  @FunctionalInterface
  interface ValueWriter<V> {
    void write(V value, JsonGenerator g);
  }

  static final ValueReader<String> STRING = (p, c) -> string(p);
  static final ValueWriter<String> STRING_OUT = (v, g) -> g.writeString(v);
  static final ValueReader<PartialDate> DATE = (p, c) -> date(p);
  static final ValueWriter<PartialDate> DATE_OUT = (v, g) -> g.writeString(v.toString());
  static final ValueReader<Period> PERIOD = (p, c) -> period(p);
  static final ValueWriter<Period> PERIOD_OUT = (v, g) -> g.writeString(v.toString());

  static <E extends Enum<E>> ValueReader<E> enumReader(Class<E> type) {
    return (p, c) -> enumValue(p, type);
  }

  static <E extends Enum<E>> ValueWriter<E> enumWriter() {
    return (v, g) -> g.writeString(v.name());
  }

  static <V> ValueReader<V> objectReader(ObjectCodec<V, ?> codec) {
    return codec::read;
  }

  static <V> ValueWriter<V> objectWriter(ObjectCodec<V, ?> codec) {
    return codec::write;
  }

  /** A required property. */
  static <T, B, V> Property<T, B> required(String name, JsonKind kind, Function<T, V> getter,
      BiConsumer<B, V> setter, ValueReader<V> reader, ValueWriter<V> writer) {
    return new Property<>(name, true, kind,
        (p, c, b) -> setter.accept(b, reader.read(p, c)),
        (t, g) -> {
          g.writeName(name);
          writer.write(getter.apply(t), g);
        });
  }

  /** An optional property, omitted on write when empty. */
  static <T, B, V> Property<T, B> optional(String name, JsonKind kind, Function<T, Optional<V>> getter,
      BiConsumer<B, V> setter, ValueReader<V> reader, ValueWriter<V> writer) {
    return new Property<>(name, false, kind,
        (p, c, b) -> setter.accept(b, reader.read(p, c)),
        (t, g) -> {
          Optional<V> v = getter.apply(t);
          if (v.isPresent()) {
            g.writeName(name);
            writer.write(v.get(), g);
          }
        });
  }

  /** A property with a default value: optional on read, always written. */
  static <T, B, V> Property<T, B> defaulted(String name, JsonKind kind, Function<T, V> getter,
      BiConsumer<B, V> setter, ValueReader<V> reader, ValueWriter<V> writer) {
    return new Property<>(name, false, kind,
        (p, c, b) -> setter.accept(b, reader.read(p, c)),
        (t, g) -> {
          g.writeName(name);
          writer.write(getter.apply(t), g);
        });
  }

  static <T, B> Property<T, B> defaultedBoolean(String name, Predicate<T> getter, BiConsumer<B, Boolean> setter) {
    return new Property<>(name, false, JsonKind.BOOLEAN,
        (p, c, b) -> setter.accept(b, bool(p)),
        (t, g) -> g.writeBooleanProperty(name, getter.test(t)));
  }

  static <T, B> Property<T, B> defaultedInt(String name, ToIntFunction<T> getter, ObjIntConsumer<B> setter) {
    return new Property<>(name, false, JsonKind.INTEGER,
        (p, c, b) -> setter.accept(b, integer(p)),
        (t, g) -> {
          g.writeName(name);
          g.writeNumber(getter.applyAsInt(t));
        });
  }

  static <T, B> Property<T, B> optionalInt(String name, Function<T, Optional<Integer>> getter,
      ObjIntConsumer<B> setter) {
    return new Property<>(name, false, JsonKind.INTEGER,
        (p, c, b) -> setter.accept(b, integer(p)),
        (t, g) -> {
          Optional<Integer> v = getter.apply(t);
          if (v.isPresent()) {
            g.writeName(name);
            g.writeNumber(v.get().intValue());
          }
        });
  }

  /** A list property: optional on read (absent means empty), omitted on write when empty. */
  static <T, B, V> Property<T, B> list(String name, Function<T, List<V>> getter, BiConsumer<B, V> adder,
      ValueReader<V> reader, ValueWriter<V> writer) {
    return new Property<>(name, false, JsonKind.ARRAY,
        (p, c, b) -> {
          if (p.currentToken() != JsonToken.START_ARRAY) {
            throw wrongType(p, "an array");
          }
          int max = c.getAttribute(MAX_ARRAY_LENGTH) instanceof Integer limit ? limit : Integer.MAX_VALUE;
          for (int count = 0; p.nextToken() != JsonToken.END_ARRAY; count++) {
            if (count == max) {
              throw InputProblem.at(p, Codes.LIMIT, "The input exceeds a reading limit: Array length exceeds the "
                  + "maximum of " + max + " elements");
            }
            adder.accept(b, reader.read(p, c));
          }
        },
        (t, g) -> {
          List<V> values = getter.apply(t);
          if (!values.isEmpty()) {
            g.writeName(name);
            g.writeStartArray();
            for (V v : values) {
              writer.write(v, g);
            }
            g.writeEndArray();
          }
        });
  }
}
