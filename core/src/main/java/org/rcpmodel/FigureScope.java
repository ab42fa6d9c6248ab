package org.rcpmodel;

/**
 * The group of participants a {@link MigrationFigure} covers.
 *
 * <p>{@link #MEMBERS} is narrower than {@link #MEMBERS_AND_OBSERVERS}, which is narrower than
 * {@link #MEMBERS_OBSERVERS_AND_INVITED}, which is narrower than {@link #ALL_PARTICIPANTS};
 * {@link #SUBJECT} (the process or organization itself) is comparable with none of them.
 */
public enum FigureScope {
  /** The member States only. */
  MEMBERS(1),
  /** Members and observers. */
  MEMBERS_AND_OBSERVERS(2),
  /** Members, observers and invited countries. */
  MEMBERS_OBSERVERS_AND_INVITED(3),
  /** Every participant of the process. */
  ALL_PARTICIPANTS(4),
  /** The subject itself, such as an organization's own count of member States. */
  SUBJECT(0);

  private final int breadth;

  FigureScope(int breadth) {
    this.breadth = breadth;
  }

  /**
   * Tells whether every participant this scope covers is also covered by {@code wider}, and
   * {@code wider} covers more.
   *
   * @param wider the scope to compare with, not null
   * @return {@code true} when this scope is strictly nested in {@code wider}
   * @throws NullPointerException if {@code wider} is null
   */
  public boolean isNarrowerThan(FigureScope wider) {
    java.util.Objects.requireNonNull(wider, "wider");
    return breadth > 0 && wider.breadth > 0 && breadth < wider.breadth;
  }
}
