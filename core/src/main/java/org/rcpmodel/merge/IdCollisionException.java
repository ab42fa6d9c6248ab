package org.rcpmodel.merge;

import java.util.Objects;
import org.rcpmodel.diff.RecordKind;

/**
 * Thrown by a merge that {@linkplain DocumentMerge.OnIdCollision#REFUSE refuses} id collisions when
 * two inputs use one id for different things (an organization id {@code iom} naming two different
 * bodies). Nothing is merged. The message names the id, both records and why they differ.
 */
public final class IdCollisionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The kind of the colliding records. */
  private final RecordKind record;
  /** The id both inputs use. */
  private final String id;
  /** The record of the earlier input. */
  private final InputRecord first;
  /** The record of the later input. */
  private final InputRecord second;

  IdCollisionException(RecordKind record, String id, InputRecord first, InputRecord second, String reason) {
    super(record.code() + " id '" + id + "' names different things in " + first + " and " + second + ": " + reason);
    this.record = Objects.requireNonNull(record, "record");
    this.id = Objects.requireNonNull(id, "id");
    this.first = Objects.requireNonNull(first, "first");
    this.second = Objects.requireNonNull(second, "second");
  }

  /**
   * The kind of the colliding records.
   *
   * @return the kind, never null
   */
  public RecordKind getRecord() {
    return record;
  }

  /**
   * The id both inputs use.
   *
   * @return the id, never null
   */
  public String getId() {
    return id;
  }

  /**
   * The record of the earlier input.
   *
   * @return where it is, never null
   */
  public InputRecord getFirst() {
    return first;
  }

  /**
   * The record of the later input, which differs from the first.
   *
   * @return where it is, never null
   */
  public InputRecord getSecond() {
    return second;
  }
}
