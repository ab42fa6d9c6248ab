package org.rcpmodel.query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.rcpmodel.Approximation;
import org.rcpmodel.CompleteList;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.FigureScope;
import org.rcpmodel.MigrationFigure;
import org.rcpmodel.Participant;
import org.rcpmodel.ParticipantCount;
import org.rcpmodel.ParticipantGroup;
import org.rcpmodel.ParticipantKind;
import org.rcpmodel.Participation;
import org.rcpmodel.Role;
import org.rcpmodel.time.Answer;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;
import org.rcpmodel.time.Span;

/**
 * What one process's document says beyond its named records (DOMAIN principle 3, "the world is
 * open"): whether it may leave participants of a role unnamed on a date (format 1.1 counts and
 * groups), which groups name a participant, whether a complete list ({@link CompleteList}) closes a
 * date, and whether counts, groups or figures say the process has members. The one definition that
 * {@link ProcessQuery} and the validator both use, so that their answers cannot drift apart.
 *
 * <p>A {@link CompleteList} "complete as of D" is read as complete on every day of the unit of D (a
 * list complete as of {@code 2025-04} speaks of each day of April 2025). A complete list closes only
 * its own role.
 *
 * <p>Immutable and thread-safe: everything is computed when it is made, from the immutable process.
 */
public final class OpenWorld {

  /**
   * The metrics of a {@link MigrationFigure} that count a process's members, when the figure's scope
   * is {@link FigureScope#SUBJECT} (the process itself) or {@link FigureScope#MEMBERS}.
   */
  public static final Set<String> MEMBER_METRICS = Set.of("memberStates", "memberOrganizations", "members");

  private final ConsultativeProcess process;
  /** Per role and participant kind: whether some count or group says participants may go unnamed. */
  private final boolean[][] unnamed;

  private OpenWorld(ConsultativeProcess process) {
    this.process = process;
    this.unnamed = unnamedEvidence(process);
  }

  /**
   * Reads what a process's document says beyond its named records.
   *
   * @param process the process; not null
   * @return the reading, never null
   * @throws NullPointerException if {@code process} is null
   */
  public static OpenWorld of(ConsultativeProcess process) {
    return new OpenWorld(Objects.requireNonNull(process, "process"));
  }

  /**
   * Whether the document may leave participants of a role unnamed at some time of a span: a count
   * of the role exceeds (or may exceed: "over 50") the participants the document names in it, or a
   * group holds the role without a closed list of its members (it stands for an organization's
   * members, or names none), and no complete list of the role may fall in that time. A document
   * without counts and groups (every format 1.0 document) leaves no one unnamed in this sense.
   *
   * @param role the role, or null for any role
   * @param kind the kind of participant asked about; not null
   * @param during the time asked about; not null
   * @return whether a participant of that kind may hold the role then without being named
   * @throws NullPointerException if {@code kind} or {@code during} is null
   */
  public boolean mayLeaveUnnamed(Role role, ParticipantKind kind, Span during) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(during, "during");
    for (Role r : Role.values()) {
      if ((role == null || role == r) && unnamed[r.ordinal()][kind.ordinal()] && !mayFallIn(r, during)) {
        return true;
      }
    }
    return false;
  }

  /**
   * As {@link #mayLeaveUnnamed(Role, ParticipantKind, Span)} for the days of one date.
   *
   * @param role the role, or null for any role
   * @param kind the kind of participant; not null
   * @param date the date; not null
   * @return whether a participant of that kind may hold the role on the date without being named
   * @throws NullPointerException if {@code kind} or {@code date} is null
   */
  public boolean mayLeaveUnnamed(Role role, ParticipantKind kind, PartialDate date) {
    return mayLeaveUnnamed(role, kind, Span.of(Period.of(date)));
  }

  private boolean mayFallIn(Role role, Span during) {
    for (CompleteList list : process.getCompleteLists()) {
      if (list.getRole() == role && during.reachesUnitOf(list.getAsOf())) {
        return true;
      }
    }
    return false;
  }

  private static boolean[][] unnamedEvidence(ConsultativeProcess process) {
    int kinds = ParticipantKind.values().length;
    boolean[][] evidence = new boolean[Role.values().length][kinds];
    if (process.getParticipantCounts().isEmpty() && process.getGroups().isEmpty()) {
      return evidence; // a 1.0 document: only its named records
    }
    int[][] named = new int[Role.values().length][kinds];
    Set<String> seen = new HashSet<>();
    for (Participation record : process.getParticipations()) {
      if (seen.add(record.getRole() + " " + record.getParticipant())) {
        named[record.getRole().ordinal()][record.getParticipant().kind().ordinal()]++;
      }
    }
    for (ParticipantCount count : process.getParticipantCounts()) {
      int r = count.getRole().ordinal();
      if (count.getParticipantKind().isPresent()) {
        int k = count.getParticipantKind().get().ordinal();
        evidence[r][k] |= count.mayExceed(named[r][k]);
      } else {
        boolean exceeds = count.mayExceed(named[r][0] + named[r][1]);
        evidence[r][0] |= exceeds;
        evidence[r][1] |= exceeds;
      }
    }
    for (ParticipantGroup group : process.getGroups()) {
      if (group.getRole().isPresent() && (group.getMembersOf().isPresent() || group.getMembers().isEmpty())) {
        evidence[group.getRole().get().ordinal()][0] = true;
        evidence[group.getRole().get().ordinal()][1] = true;
      }
    }
    return evidence;
  }

  /**
   * Whether a group holding the role names the participant among its members.
   *
   * @param participant who; not null
   * @param role the role, or null for any role
   * @return whether such a group exists
   * @throws NullPointerException if {@code participant} is null
   */
  public boolean namedInGroup(Participant participant, Role role) {
    return !groupSpans(participant, role).isEmpty();
  }

  /**
   * The records that groups give a participant they name: for each group holding the role (any role
   * for null) that lists the participant among its members, the span of the group's period and
   * as-of date, read as a participation's ({@link Participation#span()}): a group without either is
   * a record whose dates were never recorded.
   *
   * @param participant who; not null
   * @param role the role, or null for any role
   * @return the spans, in group order; never null
   * @throws NullPointerException if {@code participant} is null
   */
  public List<Span> groupSpans(Participant participant, Role role) {
    Objects.requireNonNull(participant, "participant");
    List<Span> spans = new ArrayList<>(0);
    for (ParticipantGroup group : process.getGroups()) {
      if (group.getRole().isPresent() && (role == null || group.getRole().get() == role)
          && group.getMembers().contains(participant)) {
        Period period = group.getPeriod().orElse(Period.unknown());
        spans.add(group.getAsOf().isPresent() ? Span.of(period, group.getAsOf().get()) : Span.of(period));
      }
    }
    return spans;
  }

  /**
   * Whether a complete list of the role closes a date: YES when some list of the role speaks of
   * every day of the date (its as-of date's unit encloses the date), MAYBE when some list speaks of
   * some of its days, NO otherwise.
   *
   * @param role the role; not null
   * @param date the date; not null
   * @return YES, NO or MAYBE
   * @throws NullPointerException if an argument is null
   */
  public Answer closes(Role role, PartialDate date) {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(date, "date");
    Answer best = Answer.NO;
    for (CompleteList list : process.getCompleteLists()) {
      if (list.getRole() == role) {
        if (list.getAsOf().encloses(date)) {
          return Answer.YES;
        }
        if (list.getAsOf().sharesDayWith(date)) {
          best = Answer.MAYBE;
        }
      }
    }
    return best;
  }

  /**
   * Whether complete lists close a date for every role, so that a participant with no record then
   * surely took no part at all: the weakest of {@link #closes(Role, PartialDate)} over the roles.
   *
   * @param date the date; not null
   * @return YES, NO or MAYBE
   * @throws NullPointerException if {@code date} is null
   */
  public Answer closesEveryRole(PartialDate date) {
    Answer all = Answer.YES;
    for (Role role : Role.values()) {
      all = all.and(closes(role, date));
    }
    return all;
  }

  /**
   * Whether the document says the process has members beside its named records: a count of members
   * above 0, a group holding MEMBER, or a figure of the process whose metric counts members
   * ({@link #MEMBER_METRICS}, scope SUBJECT or MEMBERS) with a value above 0.
   *
   * @return whether such a record exists
   */
  public boolean hasUnnamedMembers() {
    for (ParticipantCount count : process.getParticipantCounts()) {
      if (count.getRole() == Role.MEMBER && count.getValue() > 0) {
        return true;
      }
    }
    for (ParticipantGroup group : process.getGroups()) {
      if (group.getRole().isPresent() && group.getRole().get() == Role.MEMBER) {
        return true;
      }
    }
    for (MigrationFigure figure : process.getFigures()) {
      if (countsMembers(figure) && figure.getValue().compareTo(BigDecimal.ZERO) > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a figure counts the members of the process it belongs to.
   *
   * @param figure the figure; not null
   * @return true for a metric of {@link #MEMBER_METRICS} with scope SUBJECT or MEMBERS
   * @throws NullPointerException if {@code figure} is null
   */
  public static boolean countsMembers(MigrationFigure figure) {
    return MEMBER_METRICS.contains(figure.getMetric())
        && (figure.getScope() == FigureScope.SUBJECT || figure.getScope() == FigureScope.MEMBERS);
  }

  /**
   * Whether the document says the process has no member, beyond naming none: it declares a complete
   * member list, or a count says exactly 0 (or at most 0) members.
   *
   * @return whether such a record exists
   */
  public boolean declaresNoMembers() {
    for (CompleteList list : process.getCompleteLists()) {
      if (list.getRole() == Role.MEMBER) {
        return true;
      }
    }
    for (ParticipantCount count : process.getParticipantCounts()) {
      Approximation a = count.getApproximation().orElse(Approximation.EXACT);
      if (count.getRole() == Role.MEMBER && count.getValue() <= 0 && (a == Approximation.EXACT || a == Approximation.UNDER)) {
        return true;
      }
    }
    return false;
  }
}
