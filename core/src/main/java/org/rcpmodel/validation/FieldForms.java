package org.rcpmodel.validation;

import java.util.Map;
import java.util.function.Predicate;

/**
 * The forms the model's field constraints require, as plain character checks that accept exactly
 * what the annotations' regular expressions accept (a test compares them on generated strings):
 * ids {@code [A-Za-z0-9][A-Za-z0-9._-]{0,127}}, State codes {@code [A-Z]{3}}, present optional text
 * {@code (?s).*\S.*}, required text {@code @NotBlank} ({@link String#isBlank()} false), schema
 * versions {@code [0-9]+\.[0-9]+} and language tags {@code [a-z]{2,3}(-[A-Za-z0-9]{1,8})*}.
 *
 * <p>These are speed, not a second declaration: {@link FieldConstraint} uses a check only for a
 * {@code @Pattern} whose expression is exactly the one the check was written for
 * ({@link #formOf}); an expression changed on the model, or a new one, is matched by
 * {@link java.util.regex.Pattern} instead.
 *
 * <p>Stateless and thread-safe.
 */
final class FieldForms {

  private FieldForms() {}

  /** The character check of each regular expression the model uses, by the expression's exact text. */
  static final Map<String, Predicate<String>> BY_REGEXP = Map.of(
      "[A-Za-z0-9][A-Za-z0-9._-]{0,127}", FieldForms::isId,
      "[A-Z]{3}", FieldForms::isStateCode,
      "(?s).*\\S.*", FieldForms::hasNonSpace,
      "[a-z]{2,3}(-[A-Za-z0-9]{1,8})*", FieldForms::isLanguage,
      "[0-9]+\\.[0-9]+", FieldForms::isSchemaVersion);

  /** The forms of {@link #BY_REGEXP}, for {@link #matches(int, String)}: a switch the compiler inlines. */
  static final int ID = 0;
  static final int STATE_CODE = 1;
  static final int NON_SPACE = 2;
  static final int LANGUAGE = 3;
  static final int SCHEMA_VERSION = 4;

  /**
   * The form of a regular expression (matched whole, no flags) that a character check here accepts
   * exactly.
   *
   * @return {@link #ID}, {@link #STATE_CODE}, {@link #NON_SPACE}, {@link #LANGUAGE} or
   *     {@link #SCHEMA_VERSION}, or -1 when there is no check for this expression
   */
  static int formOf(String regexp) {
    return switch (regexp) {
      case "[A-Za-z0-9][A-Za-z0-9._-]{0,127}" -> ID;
      case "[A-Z]{3}" -> STATE_CODE;
      case "(?s).*\\S.*" -> NON_SPACE;
      case "[a-z]{2,3}(-[A-Za-z0-9]{1,8})*" -> LANGUAGE;
      case "[0-9]+\\.[0-9]+" -> SCHEMA_VERSION;
      default -> -1;
    };
  }

  /** Whether {@code s} has the form {@code form} (one of {@link #formOf}'s answers but -1). */
  static boolean matches(int form, String s) {
    return switch (form) {
      case ID -> isId(s);
      case STATE_CODE -> isStateCode(s);
      case NON_SPACE -> hasNonSpace(s);
      case LANGUAGE -> isLanguage(s);
      default -> isSchemaVersion(s);
    };
  }

  static boolean isId(String s) {
    int n = s.length();
    if (n == 0 || n > 128 || !isAlphanumeric(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 128 || !ID_PART[c]) {
        return false;
      }
    }
    return true;
  }

  static boolean isStateCode(String s) {
    return s.length() == 3 && isUpper(s.charAt(0)) && isUpper(s.charAt(1)) && isUpper(s.charAt(2));
  }

  /** {@code (?s).*\S.*}: some character outside {@code \s}, which is ASCII white space only. */
  static boolean hasNonSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
        return true;
      }
    }
    return false;
  }

  /** {@code [a-z]{2,3}(-[A-Za-z0-9]{1,8})*}: a language tag such as {@code es-MX}. */
  static boolean isLanguage(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && s.charAt(i) >= 'a' && s.charAt(i) <= 'z') {
      i++;
    }
    if (i < 2 || i > 3) {
      return false;
    }
    while (i < n) {
      if (s.charAt(i) != '-') {
        return false;
      }
      int start = ++i;
      while (i < n && isAlphanumeric(s.charAt(i))) {
        i++;
      }
      if (i - start < 1 || i - start > 8) {
        return false;
      }
    }
    return true;
  }

  static boolean isSchemaVersion(String s) {
    int dot = s.indexOf('.');
    return dot > 0 && dot < s.length() - 1 && digits(s, 0, dot) && digits(s, dot + 1, s.length());
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** ASCII letters and digits, by table: ids are checked by the hundred thousand. */
  private static final boolean[] ALPHANUMERIC = new boolean[128];

  static {
    for (char c = '0'; c <= '9'; c++) {
      ALPHANUMERIC[c] = true;
    }
    for (char c = 'A'; c <= 'Z'; c++) {
      ALPHANUMERIC[c] = true;
      ALPHANUMERIC[Character.toLowerCase(c)] = true;
    }
  }

  /** The characters of an id after its first: ASCII letters and digits, '.', '_' and '-' (one look-up each). */
  private static final boolean[] ID_PART = ALPHANUMERIC.clone();

  static {
    ID_PART['.'] = true;
    ID_PART['_'] = true;
    ID_PART['-'] = true;
  }

  private static boolean isAlphanumeric(char c) {
    return c < 128 && ALPHANUMERIC[c];
  }
}
