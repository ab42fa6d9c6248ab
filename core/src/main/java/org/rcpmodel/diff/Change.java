package org.rcpmodel.diff;

import java.util.Objects;
import java.util.Optional;

/**
 * One difference between two snapshots of a document: what kind of change, to which record, where the
 * record (or attribute) is in each snapshot, and the values before and after.
 *
 * <p>Pointers are JSON Pointers (RFC 6901) into the document format, such as
 * {@code /processes/0/chairs/5/status}: {@link #beforePointer()} into the old snapshot (empty for an
 * addition), {@link #afterPointer()} into the new one (empty for a removal). A pointer names the
 * changed attribute where it exists in that snapshot, else the record. Values are the library's text
 * forms ({@code 2013-06/2016-11}, {@code CURRENT}, a record's one-line description); empty where the
 * value is absent on that side.
 *
 * <p>Immutable and thread-safe; equal when all components are equal.
 *
 * @param kind what happened; not null
 * @param record the kind of record it happened to; not null
 * @param subject a one-line description of the record, such as {@code State KAZ as MEMBER in almaty-process}; not null
 * @param attribute the document-format name of the changed attribute ({@code period}, {@code status}), or
 *     empty when the change is to the whole record
 * @param beforePointer where the record or attribute is in the old snapshot, or empty
 * @param afterPointer where the record or attribute is in the new snapshot, or empty
 * @param before the value in the old snapshot, or empty
 * @param after the value in the new snapshot, or empty
 */
public record Change(ChangeKind kind, RecordKind record, String subject, Optional<String> attribute,
    Optional<String> beforePointer, Optional<String> afterPointer, Optional<String> before, Optional<String> after) {

  /**
   * Checks that no component is null.
   *
   * @param kind what happened; not null
   * @param record the kind of record it happened to; not null
   * @param subject a one-line description of the record, such as {@code State KAZ as MEMBER in almaty-process}; not null
   * @param attribute the document-format name of the changed attribute ({@code period}, {@code status}), or
   *     empty when the change is to the whole record
   * @param beforePointer where the record or attribute is in the old snapshot, or empty
   * @param afterPointer where the record or attribute is in the new snapshot, or empty
   * @param before the value in the old snapshot, or empty
   * @param after the value in the new snapshot, or empty
   *
   * @throws NullPointerException if a component is null
   */
  public Change {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(beforePointer, "beforePointer");
    Objects.requireNonNull(afterPointer, "afterPointer");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  /**
   * One line for a person: {@code dates-refined chair-term KAZ 2013/2016 in almaty-process: period 2013/2016 -> 2013-06/2016-11}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(kind.code()).append(' ').append(record.code()).append(' ').append(subject);
    if (attribute.isPresent()) {
      sb.append(':');
      sb.append(' ').append(attribute.get()).append(' ').append(before.orElse("(none)")).append(" -> ").append(after.orElse("(none)"));
    }
    return sb.toString();
  }
}
