package org.rcpmodel;

/** The level of an inter-State consultation mechanism on migration. */
public enum ProcessKind {
  /** A regional consultative process: States of one region or sub-region. */
  RCP,
  /** An inter-regional forum: bridges regions. */
  IRF,
  /** A global process. */
  GLOBAL
}
