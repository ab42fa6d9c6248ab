package org.rcpmodel.validation;

import java.util.Objects;

/**
 * One rule of the catalogue: its stable code, the severity of a violation the data proves, and a
 * one-line description in English.
 *
 * <p>Immutable and thread-safe; equal when code, severity and description are equal.
 *
 * @param code the stable code other services match on, such as {@code chair.overlap}; never null
 * @param severity the severity when the record is proven wrong; never null
 * @param description when the record is wrong, in one line; never null
 */
public record Rule(String code, Severity severity, String description) {

  /**
   * Creates a rule.
   *
   * @param code the code, as {@link #code()} returns it
   * @param severity the severity, as {@link #severity()} returns it
   * @param description the description, as {@link #description()} returns it
   * @throws NullPointerException if an argument is null
   */
  public Rule {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(description, "description");
  }

  /**
   * The key of the rule's message in the {@code ValidationMessages} bundles.
   *
   * @return {@code org.rcpmodel.rule.} followed by the code
   */
  public String messageKey() {
    return "org.rcpmodel.rule." + code;
  }
}
