package org.rcpmodel;

import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Small QuickTheories generator combinators shared by the property tests of every module (through the
 * core test jar), so that each test says what values it draws rather than how.
 *
 * <p>Edge cases: QuickTheories tries, before its random examples, the value made of every draw's
 * simplest choice and those made of every draw's minimum and of every draw's maximum (shortest and
 * longest lists and strings, first and last of every pick, both ends of every range); a generator that
 * needs other edge cases reached (years 1 and 9999, {@code Integer.MIN_VALUE}) mixes them in explicitly
 * with {@link #withEdgeCases}.
 *
 * <p>Reproducing a failure: QuickTheories ends a failure's message with {@code Seed was N}; run the same
 * test with {@code -DQT_SEED=N} to draw the same values again.
 */
public final class Gens {

  /** The letters {@code a-z} and {@code A-Z} and the digits {@code 0-9}. */
  public static final String ALPHANUMERIC = range('a', 'z') + range('A', 'Z') + range('0', '9');

  private Gens() {}

  /** One of the values, each equally likely. */
  @SafeVarargs
  public static <T> Gen<T> pick(T... values) {
    return Generate.pick(List.of(values));
  }

  /** One of the values, each equally likely. */
  public static <T> Gen<T> pick(List<T> values) {
    return Generate.pick(List.copyOf(values));
  }

  /** One of the enum's constants, each equally likely. */
  public static <T extends Enum<T>> Gen<T> enums(Class<T> type) {
    return Generate.enumValues(type);
  }

  /** Integers from {@code min} to {@code max}, both included. */
  public static Gen<Integer> ints(int min, int max) {
    return Generate.range(min, max);
  }

  /** Longs from {@code min} to {@code max}, both included. */
  public static Gen<Long> longs(long min, long max) {
    return Generate.longRange(min, max);
  }

  /** Any int, with 0, 1, -1, {@code Integer.MIN_VALUE} and {@code Integer.MAX_VALUE} mixed in. */
  public static Gen<Integer> anyInts() {
    return withEdgeCases(ints(Integer.MIN_VALUE, Integer.MAX_VALUE), 0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  /** Any long, with 0, 1, -1, {@code Long.MIN_VALUE} and {@code Long.MAX_VALUE} mixed in. */
  public static Gen<Long> anyLongs() {
    return withEdgeCases(longs(Long.MIN_VALUE, Long.MAX_VALUE), 0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE);
  }

  /** {@code true} or {@code false}. */
  public static Gen<Boolean> booleans() {
    return Generate.booleans();
  }

  /** The generator's values, and one case in ten one of the given edge cases. */
  @SafeVarargs
  public static <T> Gen<T> withEdgeCases(Gen<T> values, T... edgeCases) {
    return Generate.frequency(Pair.of(9, values), Pair.of(1, pick(edgeCases)));
  }

  /** Present values of the generator, and empty in one case in twenty. */
  public static <T> Gen<Optional<T>> optionals(Gen<T> values) {
    return in -> ints(0, 19).generate(in) == 0 ? Optional.empty() : Optional.of(values.generate(in));
  }

  /** Lists of {@code minSize} to {@code maxSize} values of the generator. */
  public static <T> Gen<List<T>> lists(Gen<T> values, int minSize, int maxSize) {
    return in -> {
      int size = ints(minSize, maxSize).generate(in);
      List<T> list = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        list.add(values.generate(in));
      }
      return list;
    };
  }

  /** Values of one of the generators, each generator equally likely. */
  @SafeVarargs
  public static <T> Gen<T> oneOf(Gen<T> first, Gen<T>... more) {
    return Generate.oneOf(first, more);
  }

  /** Values of the generators, each drawn with the weight beside it. */
  @SafeVarargs
  public static <T> Gen<T> frequency(Pair<Integer, Gen<T>> first, Pair<Integer, Gen<T>>... more) {
    return Generate.frequency(first, more);
  }

  /** One of the characters of {@code alphabet} (as UTF-16 units), each equally likely. */
  public static Gen<Character> charsOf(String alphabet) {
    if (alphabet.isEmpty()) {
      throw new IllegalArgumentException("empty alphabet");
    }
    return ints(0, alphabet.length() - 1).map(alphabet::charAt);
  }

  /** The characters {@code from} to {@code to}, both included, as one string (for {@link #charsOf}). */
  public static String range(char from, char to) {
    StringBuilder out = new StringBuilder(to - from + 1);
    for (int c = from; c <= to; c++) {
      out.append((char) c);
    }
    return out.toString();
  }

  /** Any UTF-16 unit, {@code \u0000} to {@code \uffff}: lone surrogates and noncharacters included. */
  public static Gen<Character> anyChars() {
    return ints(Character.MIN_VALUE, Character.MAX_VALUE).map(i -> (char) i.intValue());
  }

  /** Strings of {@code minLength} to {@code maxLength} UTF-16 units drawn from {@code chars}. */
  public static Gen<String> strings(Gen<Character> chars, int minLength, int maxLength) {
    return in -> {
      int length = ints(minLength, maxLength).generate(in);
      char[] out = new char[length];
      for (int i = 0; i < length; i++) {
        out[i] = chars.generate(in);
      }
      return new String(out);
    };
  }

  /** Strings of {@code minLength} to {@code maxLength} characters of {@code alphabet}. */
  public static Gen<String> strings(String alphabet, int minLength, int maxLength) {
    return strings(charsOf(alphabet), minLength, maxLength);
  }

  /**
   * Up to {@code count} distinct values of the generator drawn with {@code seed}, for a test that needs
   * values outside a property. QuickTheories draws values only inside a run, so this is a run of its
   * own that collects the values it is given; the same seed gives the same values.
   */
  public static <T> List<T> sample(Gen<T> values, int count, long seed) {
    List<T> out = new ArrayList<>(count);
    qt().withFixedSeed(seed).withExamples(count).forAll(values).checkAssert(out::add);
    return List.copyOf(out);
  }

  /**
   * The seed a test that draws values itself should use: the system property {@code QT_SEED} when set
   * (the one QuickTheories reads, to repeat a run), otherwise a fresh one.
   */
  public static long seed() {
    return Long.getLong("QT_SEED", System.nanoTime());
  }

  /**
   * The number of cases a property runs: the system property {@code name} when set (a positive
   * integer), otherwise {@code defaultCases}.
   */
  public static int cases(String name, int defaultCases) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      return defaultCases;
    }
    int cases = Integer.parseInt(value.trim());
    if (cases < 1) {
      throw new IllegalArgumentException(name + " must be at least 1: " + value);
    }
    return cases;
  }

}
