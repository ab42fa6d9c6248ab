package org.rcpmodel;

/** How a source qualifies a figure ("around 8 million", "nearly 25 million"). */
public enum Approximation {
  /** Stated as exact. */
  EXACT,
  /** "around", "about". */
  AROUND,
  /** "approximately", "some". */
  APPROXIMATELY,
  /** "nearly", "almost": the true value is at or below the figure. */
  NEARLY,
  /** "over", "more than": the true value exceeds the figure. */
  OVER,
  /** "under", "fewer than": the true value is below the figure. */
  UNDER
}
