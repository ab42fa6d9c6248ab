package org.rcpmodel.validation;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders the messages of findings from the {@code ValidationMessages} bundles, the same bundles
 * and the same text Bean Validation produces for them, without a Bean Validation provider.
 *
 * <p>A message is the bundle text of its key with each {@code {name}} replaced by the value of the
 * parameter of that name. Values are inserted as they are and never read again: a value such as
 * {@code ${1+1}} or {@code {org.rcpmodel.field.required}} appears literally, no expression language
 * is evaluated and no template is resolved from the data. As in Hibernate Validator's interpolation,
 * a backslash in the bundle text makes the next {@code {}, {@code }}, {@code $} or backslash literal,
 * and a {@code {name}} without a parameter stays as written. A locale without a bundle of its own
 * gets the English base bundle (never the JVM's default locale).
 *
 * <p>Thread-safe; bundles are looked up once per locale.
 */
final class Messages {

  static final String BUNDLE = "ValidationMessages";

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
  private static final Map<Locale, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();

  private Messages() {}

  /**
   * The message of a key in a locale.
   *
   * @param key the bundle key, without braces
   * @param parameters the parameter values by name
   * @param locale the locale
   * @return the message; {@code {key}} when no bundle has the key
   */
  static String render(String key, Map<String, String> parameters, Locale locale) {
    String template;
    try {
      template = bundle(locale).getString(key);
    } catch (MissingResourceException e) {
      return "{" + key + "}";
    }
    return interpolate(template, parameters);
  }

  private static ResourceBundle bundle(Locale locale) {
    return BUNDLES.computeIfAbsent(locale,
        l -> ResourceBundle.getBundle(BUNDLE, l, Messages.class.getClassLoader(), NO_FALLBACK));
  }

  static String interpolate(String template, Map<String, String> parameters) {
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
        String value = close < 0 ? null : parameters.get(template.substring(i + 1, close));
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
