package org.rcpmodel.diff;

/**
 * What happened to a record between two snapshots of a document. Each kind has a stable
 * {@link #code() code}, the word used in JSON output; codes never change meaning.
 *
 * <p>A chair hand-over shows as the changes of the two terms involved: the outgoing term's
 * {@link #TERM_ENDED} or {@link #STATUS_CHANGED} (current to past) and the incoming term's
 * {@link #ADDED} or {@link #STATUS_CHANGED} (incoming to current).
 */
public enum ChangeKind {
  /** A record (other than a participation) is in the new snapshot and matches none of the old. */
  ADDED("added"),
  /** A record (other than a participation) of the old snapshot matches none of the new. */
  REMOVED("removed"),
  /** A participation is in the new snapshot and states no fact the old one stated: someone joined. */
  JOINED("joined"),
  /**
   * A participant left: its participation is no longer recorded, or its period, open ({@code 2013/..})
   * in the old snapshot, has a known end in the new one. (An end that was only unrecorded and becomes
   * known is {@link #DATES_REFINED}.)
   */
  LEFT("left"),
  /** The same participation holds a different role of the same job (an observer became a member). */
  ROLE_CHANGED("role-changed"),
  /** A chair term's status changed (incoming to current, current to past). */
  STATUS_CHANGED("status-changed"),
  /**
   * A chair term, open ({@code 2025-04/..}) in the old snapshot, has a known end in the new one. (An end
   * that was only unrecorded and becomes known is {@link #DATES_REFINED}.)
   */
  TERM_ENDED("term-ended"),
  /**
   * A date or period is more precise and compatible: every day the new one allows, the old one allowed
   * ({@code 2013/2016} became {@code 2013-06/2016-11}, or an unknown date became known).
   */
  DATES_REFINED("dates-refined"),
  /**
   * A date or period changed otherwise: the new one allows a day the old one did not
   * ({@code 2018-09} became {@code 2018-11}), or a known date was removed.
   */
  DATES_CHANGED("dates-changed"),
  /** The name of a State, organization, framework, process or person changed. */
  NAME_CHANGED("name-changed"),
  /** Another attribute of a record changed (a figure's value, a meeting's city, a declaration's adopters). */
  VALUE_CHANGED("value-changed"),
  /** The sources a record cites changed. */
  CITATIONS_CHANGED("citations-changed");

  private final String code;

  ChangeKind(String code) {
    this.code = code;
  }

  /**
   * The stable lower-case name of this kind, such as {@code dates-refined}.
   *
   * @return the code, never null
   */
  public String code() {
    return code;
  }
}
