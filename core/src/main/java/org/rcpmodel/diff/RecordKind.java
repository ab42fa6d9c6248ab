package org.rcpmodel.diff;

/**
 * The kinds of record a document holds, as {@link DocumentDiff} and {@code DocumentMerge} name them in
 * their reports. Each has a stable {@link #code() code}, the word used in JSON output.
 */
public enum RecordKind {
  /** The document itself (its title, as-of date and format version). */
  DOCUMENT("document"),
  /** A {@code Source}, at {@code /sources/i}. */
  SOURCE("source"),
  /** A {@code State}, at {@code /states/i}. */
  STATE("state"),
  /** An {@code Organization}, at {@code /organizations/i}. */
  ORGANIZATION("organization"),
  /** A {@code Framework}, at {@code /frameworks/i}. */
  FRAMEWORK("framework"),
  /** A {@code Person}, at {@code /people/i}. */
  PERSON("person"),
  /** A {@code ConsultativeProcess}, at {@code /processes/i}. */
  PROCESS("process"),
  /** A {@code Participation}, at {@code /processes/i/participations/j}. */
  PARTICIPATION("participation"),
  /** A {@code Chairmanship} (a chair term), at {@code /processes/i/chairs/j}. */
  CHAIR_TERM("chair-term"),
  /** A {@code Meeting}, at {@code /processes/i/meetings/j}. */
  MEETING("meeting"),
  /** A {@code Declaration}, at {@code /processes/i/declarations/j}. */
  DECLARATION("declaration"),
  /**
   * A {@code MigrationFigure}, at {@code /processes/i/figures/j} or {@code /organizations/i/figures/j}.
   */
  FIGURE("figure");

  private final String code;

  RecordKind(String code) {
    this.code = code;
  }

  /**
   * The stable lower-case name of this kind, such as {@code chair-term}.
   *
   * @return the code, never null
   */
  public String code() {
    return code;
  }
}
