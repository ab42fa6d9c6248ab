package org.rcpmodel.merge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.rcpmodel.Document;

/**
 * The outcome of {@link DocumentMerge#merge}: the merged document and an account of every record of
 * every input, so that nothing is lost unseen.
 *
 * <p><b>Guarantee.</b> Every record of every input (every source, State, organization and its
 * figures, framework, person, process, participation, chair term, meeting, declaration and figure)
 * appears in exactly one {@link MergedRecord#from()} of {@link #records()}, which gives the pointer of
 * the output record holding it; {@link #outputPointerOf} looks it up.
 *
 * <p>Immutable and thread-safe.
 */
public final class MergeResult {

  private final Document document;
  private final List<MergedRecord> records;
  private final List<Rename> renames;
  private final List<String> notes;
  private final Map<InputRecord, String> outputOf = new HashMap<>();

  MergeResult(Document document, List<MergedRecord> records, List<Rename> renames, List<String> notes) {
    this.document = Objects.requireNonNull(document, "document");
    this.records = List.copyOf(records);
    this.renames = List.copyOf(renames);
    this.notes = List.copyOf(notes);
    for (MergedRecord record : this.records) {
      for (InputRecord from : record.from()) {
        outputOf.put(from, record.pointer());
      }
    }
  }

  /**
   * The merged document.
   *
   * @return the document, never null
   */
  public Document document() {
    return document;
  }

  /**
   * Every record of the merged document, with the input records it holds, in document order.
   *
   * @return an unmodifiable list, never null
   */
  public List<MergedRecord> records() {
    return records;
  }

  /**
   * The ids changed because an earlier input used them for something else (empty under
   * {@link DocumentMerge.OnIdCollision#REFUSE}, which throws instead).
   *
   * @return an unmodifiable list, never null
   */
  public List<Rename> renames() {
    return renames;
  }

  /**
   * Document-level values the inputs state differently (title, as-of date), each saying what was kept.
   *
   * @return an unmodifiable list, never null
   */
  public List<String> notes() {
    return notes;
  }

  /**
   * The records with one outcome.
   *
   * @param outcome the outcome; not null
   * @return an unmodifiable list, never null, in document order
   * @throws NullPointerException if {@code outcome} is null
   */
  public List<MergedRecord> withOutcome(MergeOutcome outcome) {
    Objects.requireNonNull(outcome, "outcome");
    return records.stream().filter(r -> r.outcome() == outcome).toList();
  }

  /**
   * Where a record of an input went.
   *
   * @param input the index of the input, from 0
   * @param pointer the record's JSON Pointer in that input, such as {@code /processes/0/chairs/1}; not null
   * @return the pointer of the output record that holds it, or empty when {@code pointer} names no
   *     record of that input
   * @throws NullPointerException if {@code pointer} is null
   */
  public Optional<String> outputPointerOf(int input, String pointer) {
    Objects.requireNonNull(pointer, "pointer");
    return input < 0 ? Optional.empty() : Optional.ofNullable(outputOf.get(new InputRecord(input, pointer)));
  }
}
