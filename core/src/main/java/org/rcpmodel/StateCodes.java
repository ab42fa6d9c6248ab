package org.rcpmodel;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Which ISO 3166-1 alpha-3 codes are assigned, as the running JDK's ISO country list knows them
 * ({@link Locale#getISOCountries(Locale.IsoCountryCode)}), so that the list is maintained with the
 * platform rather than typed by hand. Thread-safe; the list is read once.
 */
public final class StateCodes {

  private static final class Holder {
    static final Set<String> ASSIGNED = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
    /** The same codes by index of three letters A-Z (26^3 slots): a lookup without hashing. */
    static final boolean[] ASSIGNED_BY_LETTERS = new boolean[26 * 26 * 26];

    static {
      for (String code : ASSIGNED) {
        int index = letters(code);
        if (index >= 0) {
          ASSIGNED_BY_LETTERS[index] = true;
        }
      }
    }
  }

  /** The slot of a code of three letters A-Z, or -1 for any other text. */
  private static int letters(String code) {
    if (code.length() != 3) {
      return -1;
    }
    int index = 0;
    for (int i = 0; i < 3; i++) {
      int letter = code.charAt(i) - 'A';
      if (letter < 0 || letter >= 26) {
        return -1;
      }
      index = index * 26 + letter;
    }
    return index;
  }

  private StateCodes() {}

  /**
   * Tells whether a code is an assigned ISO 3166-1 alpha-3 code.
   *
   * @param code the code, such as {@code KAZ}; not null
   * @return {@code true} when assigned; {@code false} for unassigned codes and any other text,
   *     including lower-case codes
   * @throws NullPointerException if {@code code} is null
   */
  public static boolean isAssigned(String code) {
    Objects.requireNonNull(code, "code");
    int index = letters(code);
    // Every assigned code is three letters A-Z; the set is asked only if the JDK ever lists another form.
    return index >= 0 ? Holder.ASSIGNED_BY_LETTERS[index] : Holder.ASSIGNED.contains(code);
  }

  /**
   * All assigned codes.
   *
   * @return an unmodifiable set, never null
   */
  public static Set<String> assigned() {
    return Holder.ASSIGNED;
  }
}
