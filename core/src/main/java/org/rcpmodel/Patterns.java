package org.rcpmodel;

/** The forms of codes and ids, shared by the field constraints of the model. */
final class Patterns {
  /** Three upper-case Latin letters; whether the code is assigned is checked by a rule. */
  static final String STATE_CODE = "[A-Z]{3}";
  static final String STATE_CODE_MESSAGE = "{org.rcpmodel.field.invalid.state-code}";
  /** A document-local id: starts with a letter or digit, then letters, digits, '.', '_' or '-'. */
  static final String ID = "[A-Za-z0-9][A-Za-z0-9._-]{0,127}";
  static final String ID_MESSAGE = "{org.rcpmodel.field.invalid.id}";
  /**
   * Some non-white-space text. For optional text, where {@code @NotBlank} cannot serve: Bean
   * Validation hands an absent {@code Optional} to its element constraints as null, which
   * {@code @NotBlank} rejects and {@code @Pattern} accepts.
   */
  static final String NOT_BLANK = "(?s).*\\S.*";
  static final String REQUIRED_MESSAGE = "{org.rcpmodel.field.required}";
  /** A language tag (BCP 47, simplified): a two- or three-letter language, then subtags such as {@code es-MX}. */
  static final String LANGUAGE = "[a-z]{2,3}(-[A-Za-z0-9]{1,8})*";
  static final String LANGUAGE_MESSAGE = "{org.rcpmodel.field.invalid.language}";

  private Patterns() {}
}
