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
  /** The input of the earlier record, from 0. */
  private final int firstInput;
  /** The pointer of the earlier record in its input. */
  private final String firstPointer;
  /** The input of the later record, from 0. */
  private final int secondInput;
  /** The pointer of the later record in its input. */
  private final String secondPointer;

  IdCollisionException(RecordKind record, String id, InputRecord first, InputRecord second, String reason) {
    super(record.code() + " id '" + id + "' names different things in " + first + " and " + second + ": " + reason);
    this.record = Objects.requireNonNull(record, "record");
    this.id = Objects.requireNonNull(id, "id");
    this.firstInput = first.input();
    this.firstPointer = first.pointer();
    this.secondInput = second.input();
    this.secondPointer = second.pointer();
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
    return new InputRecord(firstInput, firstPointer);
  }

  /**
   * The record of the later input, which differs from the first.
   *
   * @return where it is, never null
   */
  public InputRecord getSecond() {
    return new InputRecord(secondInput, secondPointer);
  }
}
