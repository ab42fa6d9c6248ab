package org.rcpmodel.diff;

import java.util.Objects;
import java.util.stream.Collectors;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Declaration;
import org.rcpmodel.Meeting;
import org.rcpmodel.MigrationFigure;
import org.rcpmodel.Participant;
import org.rcpmodel.Participation;

/**
 * One-line descriptions of records, as {@link DocumentDiff} and {@code DocumentMerge} print them:
 * {@code State KAZ as MEMBER 2013-06/.. as of 2025-04-24}. The text is for people; it is not parsed
 * back and may change between versions (match on {@link ChangeKind} codes and pointers instead).
 *
 * <p>Stateless and thread-safe. Every method rejects a null argument with a
 * {@link NullPointerException}.
 */
public final class RecordText {

  private RecordText() {}

  /**
   * Describes who holds which role, and when.
   *
   * @param p the participation; not null
   * @return the text, such as {@code State ITA as OBSERVER as of 2025-04-24}
   */
  public static String of(Participation p) {
    Objects.requireNonNull(p, "p");
    return p.getParticipant() + " as " + p.getRole() + span(p);
  }

  /**
   * Describes when a participation was held: its period and as-of date, as far as recorded.
   *
   * @param p the participation; not null
   * @return the text, such as {@code 2013-06/..} or {@code as of 2025-04-24}, or the empty string
   */
  public static String spanOf(Participation p) {
    Objects.requireNonNull(p, "p");
    return span(p).trim();
  }

  private static String span(Participation p) {
    return p.getPeriod().map(period -> " " + period).orElse("")
        + p.getAsOf().map(asOf -> " as of " + asOf).orElse("");
  }

  /**
   * Describes a chair term: its chairs and period.
   *
   * @param c the chair term; not null
   * @return the text, such as {@code KAZ 2025-04/.. (INCOMING)}
   */
  public static String of(Chairmanship c) {
    Objects.requireNonNull(c, "c");
    return chairs(c) + " " + c.getPeriod() + c.getStatus().map(s -> " (" + s + ")").orElse("");
  }

  /**
   * The chairs of a term, by State code or organization id, joined by {@code " and "}.
   *
   * @param c the chair term; not null
   * @return the text, such as {@code AUS and IDN}
   */
  public static String chairs(Chairmanship c) {
    Objects.requireNonNull(c, "c");
    return c.getChairs().stream().map(Participant::id).collect(Collectors.joining(" and "));
  }

  /**
   * Describes a meeting: its id, level, ordinal, host and dates.
   *
   * @param m the meeting; not null
   * @return the text, such as {@code mc3-baku-2025 (MINISTERIAL_CONFERENCE 3, AZE, 2025-04-24)}
   */
  public static String of(Meeting m) {
    Objects.requireNonNull(m, "m");
    return m.getId() + " (" + m.getLevel() + m.getOrdinal().map(o -> " " + o).orElse("")
        + m.getHost().map(h -> ", " + h).orElse("") + ", " + m.getPeriod() + ")";
  }

  /**
   * Describes a declaration: its id, title and adoption date.
   *
   * @param d the declaration; not null
   * @return the text, such as {@code baku-declaration-2025 "Baku Declaration" adopted 2025-04-24}
   */
  public static String of(Declaration d) {
    Objects.requireNonNull(d, "d");
    return d.getId() + " \"" + d.getTitle() + "\" adopted " + d.getAdopted();
  }

  /**
   * Describes a figure: metric, scope, value and reference date.
   *
   * @param f the figure; not null
   * @return the text, such as {@code internationalMigrants (MEMBERS) AROUND 9500000 at 2024-07-01}
   */
  public static String of(MigrationFigure f) {
    Objects.requireNonNull(f, "f");
    return f.getMetric() + " (" + f.getScope() + ") " + f.getApproximation() + " " + f.getValue().toPlainString()
        + f.getReferenceDate().map(d -> " at " + d).orElse("");
  }

  /**
   * Names a process.
   *
   * @param p the process; not null
   * @return its id
   */
  public static String of(ConsultativeProcess p) {
    Objects.requireNonNull(p, "p");
    return p.getId();
  }
}
