package org.rcpmodel;

/**
 * The role a participant holds in a consultative process.
 *
 * <p>{@link #MEMBER}, {@link #OBSERVER} and {@link #CANDIDATE} exclude one another at any one time;
 * the other roles may be held alongside them.
 */
public enum Role {
  /** A full member of the process. */
  MEMBER,
  /** An observer: attends, does not take decisions. */
  OBSERVER,
  /** A candidate whose accession is pending. */
  CANDIDATE,
  /** A guest invited ad hoc, typically to one meeting. */
  INVITED,
  /** A partner organization supporting the process. */
  PARTNER,
  /** The secretariat of the process (an organization, or a State's government). */
  SECRETARIAT,
  /** A support unit, which some sources call the secretariat. */
  SUPPORT_UNIT;

  /**
   * Tells whether this is one of the standing roles, {@link #MEMBER}, {@link #OBSERVER} and
   * {@link #CANDIDATE}: a participant holds at most one of them at any time (rule
   * {@code role.conflict}), whereas it may be, say, a partner and a secretariat at once.
   *
   * @return {@code true} for {@link #MEMBER}, {@link #OBSERVER} and {@link #CANDIDATE}
   */
  public boolean isStanding() {
    return this == MEMBER || this == OBSERVER || this == CANDIDATE;
  }
}
