package org.rcpmodel.json;

import java.math.BigDecimal;
import java.util.List;
import org.rcpmodel.time.InvalidDateException;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** Reading single values and stepping through arrays, with typed problems. */
final class Values {

  private Values() {}

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
    return date(p, string(p));
  }

  /** The date a string token's text (already read) gives, with the error of {@link #date(JsonParser)}. */
  static PartialDate date(JsonParser p, String text) {
    try {
      return PartialDate.parse(text);
    } catch (InvalidDateException e) {
      throw InputProblem.at(p, Codes.DATE_INVALID, e.getMessage()
          + "; write YYYY, YYYY-MM or YYYY-MM-DD, with at most a final ?, ~ or % or X digits (201X, 2004-XX)");
    }
  }

  static Period period(JsonParser p) {
    return period(p, string(p));
  }

  /** The period a string token's text (already read) gives, with the error of {@link #period(JsonParser)}. */
  static Period period(JsonParser p, String text) {
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

  /** Checks that the parser is on the start of an array. */
  static void startArray(JsonParser p) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw wrongType(p, "an array");
    }
  }

  /**
   * Moves to the next element of an array, failing past the context's maximum number of elements.
   *
   * @param count the elements read so far
   * @return {@code false} at the end of the array
   */
  static boolean nextElement(JsonParser p, ReadContext ctx, int count) {
    if (p.nextToken() == JsonToken.END_ARRAY) {
      return false;
    }
    if (count == ctx.maxArrayLength()) {
      throw InputProblem.at(p, Codes.LIMIT, "The input exceeds a reading limit: Array length exceeds the "
          + "maximum of " + ctx.maxArrayLength() + " elements");
    }
    return true;
  }
}
