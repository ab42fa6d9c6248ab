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
    return Holder.ASSIGNED.contains(code);
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
