package org.rcpmodel.validation;

/**
 * The verdicts of the id-form {@code @Pattern} constraints within one validation run, remembered by
 * the identity of the text: a document cites the same source, State or organization id from
 * thousands of records, and the reader (and most code building documents) hands every citation the
 * same {@code String} instance, so the walk would otherwise scan the same characters again for each.
 * A text is remembered only once the full check has accepted it, in a slot chosen by its hash (which
 * {@code String} keeps, and the reference checks compute anyway); a hit needs the very instance, so
 * its verdict is the check's own. Every id-form constraint has the same expression and no flags
 * ({@link FieldForms#ID}), hence one memory serves them all. The memory is bounded (a fixed number of
 * slots, a later id evicting an earlier one) and lives only as long as the run.
 *
 * <p>Not thread-safe; one instance per validation run.
 */
final class AcceptedIds {

  /** The slots of a run: a power of two, enough for the ids a document cites most often. */
  static final int SLOTS = 256;

  private final String[] accepted;
  private final int mask;

  AcceptedIds() {
    this(SLOTS);
  }

  /** A memory of {@code slots} slots (a power of two); a small one lets a test force collisions. */
  AcceptedIds(int slots) {
    if (slots <= 0 || Integer.bitCount(slots) != 1) {
      throw new IllegalArgumentException("The slots are a positive power of two, not " + slots);
    }
    this.accepted = new String[slots];
    this.mask = slots - 1;
  }

  /**
   * Whether {@code constraint} accepts {@code value}: the constraint's own verdict, through the memory
   * when the constraint is an id form and the value a {@code String}.
   */
  boolean accepts(FieldConstraint constraint, Object value) {
    if (!constraint.idForm || !(value instanceof String text)) {
      return constraint.accepts(value);
    }
    int slot = text.hashCode() & mask;
    if (accepted[slot] == text) {
      return true;
    }
    if (FieldForms.isId(text)) {
      accepted[slot] = text;
      return true;
    }
    return false;
  }
}
