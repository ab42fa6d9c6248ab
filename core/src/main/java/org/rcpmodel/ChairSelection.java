package org.rcpmodel;

/** How a process chooses its chairs (format 1.1, {@link ChairingRule#getSelection()}). */
public enum ChairSelection {
  /** The participants elect the chair (Almaty, 2013: Kazakhstan elected first chair). */
  ELECTION,
  /** A State volunteers for the term (Almaty: a voluntary two-year term). */
  VOLUNTARY,
  /** The chair rotates among the members (MIDSA: annual rotation). */
  ROTATION,
  /**
   * The chair rotates between groups of participants (Abu Dhabi Dialogue: between a sending and a
   * receiving country); the groups are {@link ChairingRule#getRotationGroups()}.
   */
  ROTATION_BETWEEN_GROUPS,
  /**
   * The host of the year's meeting holds the presidency (Puebla Process / RCM, South American
   * Conference on Migration: the presidency pro tempore).
   */
  ANNUAL_HOST
}
