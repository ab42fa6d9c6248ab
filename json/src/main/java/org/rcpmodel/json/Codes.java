package org.rcpmodel.json;

import org.rcpmodel.validation.RuleCatalogue;

/**
 * The stable codes of {@link RcpJsonException} and {@link ReadWarning}. Codes never change meaning;
 * new kinds of problem get new codes. Where a code names the same problem as a validation rule
 * ({@code field.required}, {@code field.invalid}, {@code date.invalid}), it is the same code, taken
 * from the {@link RuleCatalogue}.
 */
public final class Codes {
  /** The input is not well-formed JSON, is empty, or has content after the document. */
  public static final String MALFORMED = "json.malformed";
  /** An object has the same property twice. */
  public static final String DUPLICATE_KEY = "json.duplicate-key";
  /** The input exceeds one of the reading limits (see {@link RcpJson}). */
  public static final String LIMIT = "json.limit";
  /** A required property is missing. */
  public static final String FIELD_REQUIRED = RuleCatalogue.FIELD_REQUIRED;
  /** A value has the wrong JSON type, is not one of the allowed values, or breaks a model invariant. */
  public static final String FIELD_INVALID = RuleCatalogue.FIELD_INVALID;
  /** A property the format does not define (an error when strict, a warning when lenient). */
  public static final String FIELD_UNKNOWN = "field.unknown";
  /** A date or period string is not an ISO 8601 / EDTF date or interval, or names no real day. */
  public static final String DATE_INVALID = RuleCatalogue.DATE_INVALID;
  /** The input could not be read (file missing, I/O failure). */
  public static final String IO = "io.failed";

  private Codes() {}
}
