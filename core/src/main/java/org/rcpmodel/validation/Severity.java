package org.rcpmodel.validation;

/**
 * How serious a violation is. An {@link #ERROR} is a record that cannot be true, a {@link #WARNING}
 * one that is probably or possibly wrong, an {@link #INFO} a piece of advice.
 */
public enum Severity {
  /** The record cannot be true; a document with an error is not valid. */
  ERROR,
  /** The record is probably wrong, or the partial dates allow that it is wrong. */
  WARNING,
  /** Advice: the record is not wrong but could say more. */
  INFO;

  /**
   * The severity of a finding whose dates only allow that the record is wrong: one step lower.
   *
   * @return {@link #WARNING} for {@link #ERROR}, {@link #INFO} otherwise
   */
  public Severity lowered() {
    return this == ERROR ? WARNING : INFO;
  }
}
