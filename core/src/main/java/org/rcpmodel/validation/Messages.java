package org.rcpmodel.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders the messages of findings from the {@code ValidationMessages} bundles, the same bundles
 * and the same text Bean Validation produces for them, without a Bean Validation provider.
 *
 * <p>A message is the bundle text of its key with each {@code {name}} replaced by the value of the
 * parameter of that name. A value that is data (a {@code String}: an id, a code, a date, a pointer)
 * is inserted as it is; a value that is a {@link Phrase} (a role, a kind of record, a period said
 * in words) is first rendered, from its own bundle key, in the message's locale. Data is never read
 * again: a value such as {@code ${1+1}} or {@code {org.rcpmodel.field.required}} appears literally, no expression language
 * is evaluated and no template is resolved from the data. As in Hibernate Validator's interpolation,
 * a backslash in the bundle text makes the next {@code {}, {@code }}, {@code $} or backslash literal,
 * and a {@code {name}} without a parameter stays as written. A locale without a bundle of its own
 * gets the English base bundle (never the JVM's default locale).
 *
 * <p>The bundles are read as resources of this class, not through
 * {@code ResourceBundle.getBundle(..., Control)}, which throws in a named module: the same files are
 * found whether the library is on the class path or on the module path (where they are in this
 * module, outside any package, so not encapsulated).
 *
 * <p>Thread-safe; bundles are looked up once per locale.
 */
final class Messages {

  static final String BUNDLE = "ValidationMessages";

  /** Used only for its candidate locales and bundle names, never handed to {@code getBundle}. */
  private static final ResourceBundle.Control NAMING =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
  /** Per locale, the bundles to look a key up in, most specific first, ending with the base bundle. */
  private static final Map<Locale, List<ResourceBundle>> BUNDLES = new ConcurrentHashMap<>();
  /** Per bundle name, the bundle; absent when there is no such file. */
  private static final Map<String, Optional<ResourceBundle>> FILES = new ConcurrentHashMap<>();

  private Messages() {}

  /**
   * The message of a key in a locale.
   *
   * @param key the bundle key, without braces
   * @param parameters the parameter values by name
   * @param locale the locale
   * @return the message; {@code {key}} when no bundle has the key
   */
  static String render(String key, Map<String, ?> parameters, Locale locale) {
    for (ResourceBundle bundle : bundles(locale)) {
      if (bundle.containsKey(key)) {
        return interpolate(bundle.getString(key), parameters, locale);
      }
    }
    return "{" + key + "}";
  }

  /**
   * The locale a {@link Phrase} renders in when Hibernate Validator asks for its text
   * ({@code toString}): the one {@link RcpValidator#validator(Locale)} interpolates in, while it
   * does, else the JVM's default locale, which is the one a plain Hibernate Validator picks its
   * bundle by.
   */
  private static final ThreadLocal<Locale> INTERPOLATING = new ThreadLocal<>();

  static Locale phraseLocale() {
    Locale locale = INTERPOLATING.get();
    return locale == null ? Locale.getDefault() : locale;
  }

  /** Runs an interpolation with phrases rendered in {@code locale}; restores the previous one after. */
  static <T> T interpolatingIn(Locale locale, java.util.function.Supplier<T> interpolation) {
    Locale before = INTERPOLATING.get();
    INTERPOLATING.set(locale);
    try {
      return interpolation.get();
    } finally {
      if (before == null) {
        INTERPOLATING.remove();
      } else {
        INTERPOLATING.set(before);
      }
    }
  }

  /** The bundles of a locale as ResourceBundle.getBundle would chain them, without the default locale. */
  private static List<ResourceBundle> bundles(Locale locale) {
    return BUNDLES.computeIfAbsent(locale, l -> {
      List<ResourceBundle> chain = new ArrayList<>();
      for (Locale candidate : NAMING.getCandidateLocales(BUNDLE, l)) {
        FILES.computeIfAbsent(NAMING.toBundleName(BUNDLE, candidate), Messages::load).ifPresent(chain::add);
      }
      if (chain.isEmpty()) {
        throw new MissingResourceException("no " + BUNDLE + " bundle", BUNDLE, "");
      }
      return List.copyOf(chain);
    });
  }

  private static Optional<ResourceBundle> load(String bundleName) {
    try (InputStream in = Messages.class.getResourceAsStream("/" + bundleName + ".properties")) {
      return in == null ? Optional.empty() : Optional.of(new PropertyResourceBundle(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + bundleName + ".properties", e);
    }
  }

  static String interpolate(String template, Map<String, ?> parameters, Locale locale) {
    if (template.indexOf('{') < 0 && template.indexOf('\\') < 0) {
      return template;
    }
    StringBuilder sb = new StringBuilder(template.length() + 32);
    int n = template.length();
    for (int i = 0; i < n; i++) {
      char c = template.charAt(i);
      if (c == '\\' && i + 1 < n && "{}$\\".indexOf(template.charAt(i + 1)) >= 0) {
        sb.append(template.charAt(++i));
      } else if (c == '{') {
        int close = template.indexOf('}', i + 1);
        Object parameter = close < 0 ? null : parameters.get(template.substring(i + 1, close));
        String value = parameter instanceof Phrase phrase ? phrase.render(locale)
            : parameter == null ? null : parameter.toString();
        if (value == null) {
          sb.append(c);
        } else {
          sb.append(value);
          i = close;
        }
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
