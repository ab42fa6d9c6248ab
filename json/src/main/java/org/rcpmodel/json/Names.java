package org.rcpmodel.json;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The ids, codes and references of one read, each text kept once: a document names the same source,
 * State or organization hundreds of times, and giving every mention the same {@link String} saves the
 * copies and lets the validator's lookups find their hash computed and compare by identity. Dates and
 * periods are shared the same way (they are immutable), parsed once per distinct text.
 *
 * <p>An open-addressing table read straight from the parser's character buffer, so that a name seen
 * before costs no allocation. It is bounded: names longer than {@link #MAX_NAME_LENGTH} characters, names
 * met once the table holds {@link #MAX_NAMES}, and names whose probe runs past {@link #MAX_PROBES} slots
 * (as texts chosen to collide would) are returned as fresh strings and not kept, so hostile input costs
 * no more than reading without the table. Not thread-safe: one instance per read.
 */
final class Names {

  /** Ids are at most 128 characters; longer text is not a name worth keeping. */
  static final int MAX_NAME_LENGTH = 128;
  /** The most names kept (the table then holds up to twice as many slots). */
  static final int MAX_NAMES = 1 << 15;
  /** The longest probe sequence followed before a name is returned unkept. */
  static final int MAX_PROBES = 8;

  private final Map<String, PartialDate> dates = new HashMap<>();
  private final Map<String, Period> periods = new HashMap<>();
  private String[] slots = new String[64];
  private int[] hashes = new int[64];
  private int size;

  /**
   * Reads the current string token as a name.
   *
   * @param p the parser, on a string token
   * @return the text, the same instance for equal texts kept by this table
   * @throws InputProblem if the token is not a string
   */
  String read(JsonParser p) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Values.wrongType(p, "a string");
    }
    int length = p.getStringLength();
    if (length > MAX_NAME_LENGTH) {
      return p.getString();
    }
    char[] buffer = p.getStringCharacters();
    int offset = p.getStringOffset();
    int hash = 0;
    for (int i = 0; i < length; i++) {
      hash = 31 * hash + buffer[offset + i];
    }
    int mask = slots.length - 1;
    int slot = spread(hash) & mask;
    for (int probe = 0; probe < MAX_PROBES; probe++, slot = (slot + 1) & mask) {
      String kept = slots[slot];
      if (kept == null) {
        String name = new String(buffer, offset, length);
        if (size < MAX_NAMES) {
          slots[slot] = name;
          hashes[slot] = hash;
          if (++size * 2 > slots.length) {
            grow();
          }
        }
        return name;
      }
      if (hashes[slot] == hash && sameText(kept, buffer, offset, length)) {
        return kept;
      }
    }
    return new String(buffer, offset, length);
  }

  /**
   * Reads the current string token as a date.
   *
   * @param p the parser, on a string token
   * @return the date, the same instance for equal texts kept by this table
   * @throws InputProblem if the token is not a string or not a partial date
   */
  PartialDate date(JsonParser p) {
    return parsed(p, dates, Values::date);
  }

  /**
   * Reads the current string token as a period.
   *
   * @param p the parser, on a string token
   * @return the period, the same instance for equal texts kept by this table
   * @throws InputProblem if the token is not a string or not a period
   */
  Period period(JsonParser p) {
    return parsed(p, periods, Values::period);
  }

  /** The value a name's text gives, parsed once per distinct text (while the cache is under its bound). */
  private <T> T parsed(JsonParser p, Map<String, T> cache, BiFunction<JsonParser, String, T> parse) {
    String text = read(p);
    T value = cache.get(text);
    if (value == null) {
      value = parse.apply(p, text);
      if (cache.size() < MAX_NAMES) {
        cache.put(text, value);
      }
    }
    return value;
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  private static boolean sameText(String kept, char[] buffer, int offset, int length) {
    if (kept.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (kept.charAt(i) != buffer[offset + i]) {
        return false;
      }
    }
    return true;
  }

  /** Doubles the table; a name whose new probe would run too long is dropped (it is only not shared). */
  private void grow() {
    String[] oldSlots = slots;
    int[] oldHashes = hashes;
    slots = new String[oldSlots.length * 2];
    hashes = new int[oldSlots.length * 2];
    size = 0;
    int mask = slots.length - 1;
    for (int i = 0; i < oldSlots.length; i++) {
      String name = oldSlots[i];
      if (name == null) {
        continue;
      }
      int slot = spread(oldHashes[i]) & mask;
      for (int probe = 0; probe < MAX_PROBES; probe++, slot = (slot + 1) & mask) {
        if (slots[slot] == null) {
          slots[slot] = name;
          hashes[slot] = oldHashes[i];
          size++;
          break;
        }
      }
    }
  }

  /** How many names the table keeps (for tests). */
  int size() {
    return size;
  }
}
