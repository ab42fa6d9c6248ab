package org.rcpmodel;

/** Which of the two kinds of {@link Participant} a participant is. */
public enum ParticipantKind {
  /** A sovereign State, referred to by ISO 3166-1 alpha-3 code. */
  STATE,
  /** An organization, referred to by its id in the document. */
  ORGANIZATION
}
