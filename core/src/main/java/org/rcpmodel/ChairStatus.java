package org.rcpmodel;

/** Where a chair term stood when its source described it. */
public enum ChairStatus {
  /** The term has ended. */
  PAST,
  /** The term is running. */
  CURRENT,
  /** The chair has been named and the term has not started yet. */
  INCOMING
}
