package org.rcpmodel.validation;

import java.util.List;

/**
 * A place in the document format, as a chain of JSON Pointer segments (property names and list
 * indexes) back to the document. Cheap to extend: one small object per segment, no boxing, and the
 * pointer text is built only when a finding is reported there.
 *
 * <p>Immutable and thread-safe.
 */
final class Loc {

  /** The document itself: the empty pointer. */
  static final Loc ROOT = new Loc(null, null, -1);

  private final Loc parent;
  /** The property name, or null for a list index. */
  private final String name;
  private final int index;
  private final int depth;

  private Loc(Loc parent, String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.depth = parent == null ? 0 : parent.depth + 1;
  }

  /** The property {@code name} of the element here. */
  Loc at(String property) {
    return new Loc(this, property, -1);
  }

  /** The element at {@code i} of the list property {@code property} here. */
  Loc at(String property, int i) {
    return new Loc(new Loc(this, property, -1), null, i);
  }

  /** The segments from the document down: property names as strings, list indexes as integers. */
  List<Object> segments() {
    Object[] out = new Object[depth];
    Loc loc = this;
    for (int k = depth - 1; k >= 0; k--) {
      out[k] = loc.name != null ? loc.name : Integer.valueOf(loc.index);
      loc = loc.parent;
    }
    return List.of(out);
  }

  /** The JSON Pointer (RFC 6901), such as {@code /processes/0/chairs/1/period}; empty for the document. */
  String pointer() {
    StringBuilder sb = new StringBuilder(depth * 10);
    for (Object segment : segments()) {
      JsonPointers.appendSegment(sb, segment.toString());
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return pointer();
  }
}
