package org.rcpmodel.merge;

import java.util.Objects;
import org.rcpmodel.diff.RecordKind;

/**
 * An id a merge changed because an earlier input used it for a different thing: an organization
 * {@code iom} of input 2 that is not input 1's {@code iom} becomes {@code iom-2}, and every reference
 * to it in input 2 follows.
 *
 * <p>Immutable and thread-safe; equal when all components are equal.
 *
 * @param record the kind of the renamed record; not null
 * @param from where the record is in its input; not null
 * @param oldId the id as the input gives it; not null
 * @param newId the id in the merged document; not null
 * @param reason why the ids could not be joined, such as {@code name 'X' differs from 'Y' (input 1)}; not null
 */
public record Rename(RecordKind record, InputRecord from, String oldId, String newId, String reason) {

  /**
   * Checks that no component is null.
   *
   * @param record the kind of the renamed record; not null
   * @param from where the record is in its input; not null
   * @param oldId the id as the input gives it; not null
   * @param newId the id in the merged document; not null
   * @param reason why the ids could not be joined, such as {@code name 'X' differs from 'Y' (input 1)}; not null
   *
   * @throws NullPointerException if a component is null
   */
  public Rename {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(oldId, "oldId");
    Objects.requireNonNull(newId, "newId");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return record.code() + " '" + oldId + "' of " + from + " renamed '" + newId + "': " + reason;
  }
}
