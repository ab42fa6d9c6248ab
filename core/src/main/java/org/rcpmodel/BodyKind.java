package org.rcpmodel;

/** The kind of a {@link GovernanceBody} of a process. */
public enum BodyKind {
  /** A steering committee (Rabat Process, Khartoum Process). */
  STEERING_COMMITTEE,
  /** The outgoing, current and incoming chairs acting together. */
  TROIKA,
  /** A working group on a theme. */
  WORKING_GROUP,
  /** Any other body. */
  OTHER
}
