package org.rcpmodel.merge;

/** What a merge did with the records that became one record of its output. */
public enum MergeOutcome {
  /** One input states the record and no other input states a record of the same fact: copied. */
  KEPT("kept"),
  /**
   * Records of several inputs state the same fact and agree: they became this one record, citing every
   * source that states it, with the most precise dates.
   */
  MERGED("merged"),
  /**
   * The record states the same fact as a record of another input but disagrees with it (or the two
   * cannot be written as one record without losing what one of them states): both are in the output,
   * side by side, each with its own sources, for the validator to report.
   */
  KEPT_APART("kept-apart"),
  /**
   * The record's id named something else in an earlier input: it is kept under a new id (see
   * {@link MergeResult#renames()}), and references to it in its own input follow it.
   */
  RENAMED("renamed");

  private final String code;

  MergeOutcome(String code) {
    this.code = code;
  }

  /**
   * The stable lower-case name of this outcome, as JSON output writes it.
   *
   * @return the code, such as {@code kept-apart}
   */
  public String code() {
    return code;
  }
}
