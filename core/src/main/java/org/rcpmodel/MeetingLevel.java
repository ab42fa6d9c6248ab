package org.rcpmodel;

/** The level of a meeting of a consultative process; ordinals count within one level. */
public enum MeetingLevel {
  /** A ministerial conference. */
  MINISTERIAL_CONFERENCE,
  /** A meeting of senior officials. */
  SENIOR_OFFICIALS,
  /** A thematic meeting or workshop. */
  THEMATIC,
  /** A meeting of experts. */
  EXPERT,
  /** Any other meeting. */
  OTHER
}
