package org.rcpmodel;

import java.util.List;

/**
 * A record a data keeper can annotate (format 1.1): free-text notes, and a marker saying that the
 * record was inferred rather than stated by its sources ("recorded as a member because it chaired;
 * the source does not say so").
 *
 * <p>Implementations are immutable values; the notes list is unmodifiable and never null.
 */
public interface Annotated {

  /**
   * The keeper's notes on this record, in the order written.
   *
   * @return an unmodifiable list, never null; empty when there are none
   */
  List<String> getNotes();

  /**
   * Whether the record was inferred by the keeper rather than stated by its sources.
   *
   * @return {@code true} for an inferred record; {@code false} unless set
   */
  boolean isInferred();
}
