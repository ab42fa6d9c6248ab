package org.rcpmodel;

/**
 * A single-valued property of a process that sources state, each in its own way: the establishment
 * date (Budapest Process: 1993 says one IOM page, 1991 IOM's 2015 overview), the name, the acronym.
 * Each {@link Statement} records what one source says about one of them.
 */
public enum StatedProperty {
  /** When the process was established: a date ({@link Statement#getDate()}). */
  ESTABLISHED(true),
  /** The name of the process: text ({@link Statement#getText()}). */
  NAME(false),
  /** The acronym of the process: text ({@link Statement#getText()}). */
  ACRONYM(false);

  private final boolean date;

  StatedProperty(boolean date) {
    this.date = date;
  }

  /**
   * Tells whether the property's value is a date rather than text.
   *
   * @return {@code true} for {@link #ESTABLISHED}
   */
  public boolean isDate() {
    return date;
  }
}
