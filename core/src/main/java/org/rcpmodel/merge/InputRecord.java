package org.rcpmodel.merge;

import java.util.Objects;

/**
 * One record of one input of a merge: which input (0-based, in the order given to
 * {@link DocumentMerge#merge}) and where the record is in it, as a JSON Pointer into the document
 * format such as {@code /processes/0/chairs/1}. Pointers name the input as it was given, before any
 * renaming.
 *
 * <p>Immutable and thread-safe; equal when input and pointer are equal.
 *
 * @param input the index of the input, from 0
 * @param pointer the record's JSON Pointer in that input; not null
 */
public record InputRecord(int input, String pointer) {

  /**
   * Checks the components.
   *
   * @param input the index of the input, from 0
   * @param pointer the record's JSON Pointer in that input; not null
   *
   * @throws NullPointerException if {@code pointer} is null
   * @throws IllegalArgumentException if {@code input} is negative
   */
  public InputRecord {
    Objects.requireNonNull(pointer, "pointer");
    if (input < 0) {
      throw new IllegalArgumentException("input must not be negative: " + input);
    }
  }

  /** {@code input 2 /processes/0/chairs/1}, numbering inputs from 1 as people do. */
  @Override
  public String toString() {
    return "input " + (input + 1) + " " + pointer;
  }
}
