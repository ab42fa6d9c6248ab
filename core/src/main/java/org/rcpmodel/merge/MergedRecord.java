package org.rcpmodel.merge;

import java.util.List;
import java.util.Objects;
import org.rcpmodel.diff.RecordKind;

/**
 * One record of a merge's output and where it came from.
 *
 * <p>Immutable and thread-safe; equal when all components are equal.
 *
 * @param record the kind of record; not null
 * @param pointer the JSON Pointer of the record in the merged document, such as {@code /processes/0/chairs/1}; not null
 * @param subject a one-line description of the record; not null
 * @param outcome what the merge did; not null
 * @param from the input records it holds, in input order; never empty
 * @param notes values of a merged record that the inputs state differently and that one record cannot
 *     hold (a State's name, a meeting's city), each saying what was kept and what else was stated;
 *     empty when there were none
 */
public record MergedRecord(RecordKind record, String pointer, String subject, MergeOutcome outcome,
    List<InputRecord> from, List<String> notes) {

  /**
   * Checks and copies the components.
   *
   * @param record the kind of record; not null
   * @param pointer the JSON Pointer of the record in the merged document, such as {@code /processes/0/chairs/1}; not null
   * @param subject a one-line description of the record; not null
   * @param outcome what the merge did; not null
   * @param from the input records it holds, in input order; never empty
   * @param notes values of a merged record that the inputs state differently and that one record cannot
   *     hold (a State's name, a meeting's city), each saying what was kept and what else was stated;
   *     empty when there were none
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code from} is empty
   */
  public MergedRecord {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(outcome, "outcome");
    from = List.copyOf(from);
    notes = List.copyOf(notes);
    if (from.isEmpty()) {
      throw new IllegalArgumentException("a merged record comes from at least one input record");
    }
  }
}
