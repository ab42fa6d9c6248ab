package org.rcpmodel.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rcpmodel.CompleteList;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Facts;
import org.rcpmodel.Participant;
import org.rcpmodel.ParticipantCount;
import org.rcpmodel.ParticipantGroup;
import org.rcpmodel.ParticipantKind;
import org.rcpmodel.Participation;
import org.rcpmodel.Role;
import org.rcpmodel.Statement;
import org.rcpmodel.time.Answer;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;
import org.rcpmodel.time.Span;
import org.rcpmodel.time.SpanSet;
import org.rcpmodel.time.Tenure;

/**
 * The indexes of one process that its rule families share: the span of each participation,
 * the participations of each participant, the first meeting of each id, and (built on first use) the
 * coverage of each participant's records and memberships; and what format 1.1 says beyond the
 * named records: the establishment dates each source gives, and whether the document may leave
 * participants of a role unnamed (counts, groups) on a date its complete lists do not close.
 *
 * <p>Not thread-safe; one per process per run.
 */
final class ProcessIndex {

  final DocumentIndex document;
  final ConsultativeProcess process;
  /** The process's position in the document. */
  final int position;
  /** The process's place, {@code /processes/position}. */
  final Loc base;
  /** The establishment date, or null when not recorded. */
  final PartialDate established;
  /**
   * Every establishment date the document gives, distinct, in order: the process's own, then those
   * its statements give (format 1.1); a reading of the document picks one. Empty when none is given.
   */
  final List<PartialDate> establishedReadings;
  final List<Participation> participations;
  final Span[] participationSpans;
  final Map<Participant, List<Integer>> byParticipant;
  /** The first meeting of each id in this process. */
  final Map<String, Integer> meetingIndex;

  /** Up to this many records of a participant, "takes part on a date" folds them directly. */
  private static final int FOLDED = 8;

  private final Map<Participant, SpanSet> presences = new HashMap<>();
  private final Map<Participant, Tenure> memberships = new HashMap<>();

  ProcessIndex(DocumentIndex document, ConsultativeProcess process, int index) {
    this.document = document;
    this.process = process;
    this.position = index;
    this.base = Loc.ROOT.at("processes", index);
    this.established = process.getEstablished().orElse(null);
    List<PartialDate> readings = new ArrayList<>(1);
    if (established != null) {
      readings.add(established);
    }
    for (Statement statement : process.getStatements()) {
      if (statement.getDate().isPresent() && !readings.contains(statement.getDate().get())) {
        readings.add(statement.getDate().get());
      }
    }
    this.establishedReadings = readings;
    this.participations = process.getParticipations();
    this.participationSpans = new Span[participations.size()];
    this.meetingIndex = new HashMap<>(DocumentIndex.capacity(process.getMeetings().size()));
    this.byParticipant = new HashMap<>(DocumentIndex.capacity(participations.size()));
    for (int i = 0; i < participations.size(); i++) {
      Participation p = participations.get(i);
      participationSpans[i] = p.span();
      byParticipant.computeIfAbsent(p.getParticipant(), k -> new ArrayList<>(2)).add(i);
    }
    for (int m = 0; m < process.getMeetings().size(); m++) {
      meetingIndex.putIfAbsent(process.getMeetings().get(m).getId(), m);
    }
  }

  /** The element {@code i} of the process's list {@code list}. */
  Loc at(String list, int i) {
    return base.at(list, i);
  }

  /**
   * Whether a dated record is exempt from the rules that ask who took part: records that are or may
   * be from before the process existed (the founding meeting's declaration, the 2011 Almaty
   * Declaration).
   */
  boolean exempt(PartialDate date) {
    for (PartialDate reading : establishedReadings) {
      if (date.precedes(reading) != Answer.NO) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a record of this period starts before the process was established: YES when it does
   * under every establishment date the sources give, NO when under none, else MAYBE (a participation
   * from 1992 of the Budapest Process, founded 1991 or 1993).
   */
  Answer startsBeforeEstablishment(Span span) {
    Answer all = null;
    for (PartialDate reading : establishedReadings) {
      Answer one = startsBefore(span, reading);
      all = all == null || all == one ? one : Answer.MAYBE;
    }
    return all == null ? Answer.NO : all;
  }

  private static Answer startsBefore(Span span, PartialDate established) {
    Answer before = span.startsBefore(established);
    // An unknown start claims nothing, unless the record surely ends (or held) before.
    return span.getPeriod().getStartKind() == Period.BoundKind.UNKNOWN && before == Answer.MAYBE ? Answer.NO : before;
  }

  /** The establishment dates for a message: {@code 1993}, or {@code 1993 or 1991}; {@code null} when none. */
  String establishedText() {
    if (establishedReadings.isEmpty()) {
      return "null";
    }
    StringBuilder sb = new StringBuilder();
    for (PartialDate reading : establishedReadings) {
      sb.append(sb.length() == 0 ? "" : " or ").append(reading);
    }
    return sb.toString();
  }

  // ---- format 1.1: the open world -------------------------------------------------------------

  /** Per role: whether some count or group says participants of the role may go unnamed, per kind. */
  private boolean[][] unnamed;

  /**
   * Whether the document may leave participants of a role unnamed at some time the span may reach: a
   * count of the role exceeds (or may exceed) the participants the document names in it, or a group
   * holds the role without a closed list of its members (it stands for an organization's members,
   * or names none), and no complete list of the role ({@link CompleteList}) falls in that time.
   *
   * @param role the role, or null for any role
   * @param kind the kind of participant asked about
   * @param during the time asked about: a list closes it when the span's widest reading reaches the
   *     list's as-of date ({@link Span#reachesUnitOf})
   */
  boolean mayLeaveUnnamed(Role role, ParticipantKind kind, Span during) {
    return mayLeaveUnnamed(role, kind, during, null);
  }

  /** As {@link #mayLeaveUnnamed(Role, ParticipantKind, Span)}, on a date: a list of a date sharing a day with it closes it. */
  boolean mayLeaveUnnamed(Role role, ParticipantKind kind, PartialDate on) {
    return mayLeaveUnnamed(role, kind, null, on);
  }

  private boolean mayLeaveUnnamed(Role role, ParticipantKind kind, Span during, PartialDate on) {
    if (unnamed == null) {
      unnamed = unnamedEvidence();
    }
    for (Role r : Role.values()) {
      if ((role == null || role == r) && unnamed[r.ordinal()][kind.ordinal()] && !closed(r, during, on)) {
        return true;
      }
    }
    return false;
  }

  private boolean closed(Role role, Span during, PartialDate on) {
    for (CompleteList list : process.getCompleteLists()) {
      if (list.getRole() == role
          && (during != null ? during.reachesUnitOf(list.getAsOf()) : on.sharesDayWith(list.getAsOf()))) {
        return true;
      }
    }
    return false;
  }

  private boolean[][] unnamedEvidence() {
    int kinds = ParticipantKind.values().length;
    boolean[][] evidence = new boolean[Role.values().length][kinds];
    if (process.getParticipantCounts().isEmpty() && process.getGroups().isEmpty()) {
      return evidence; // a 1.0 document: only its named records
    }
    int[][] named = new int[Role.values().length][kinds];
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Participation record : participations) {
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

  /** Whether a group holding the role (null: any role) names the participant among its members. */
  boolean namedInGroup(Participant participant, Role role) {
    for (ParticipantGroup group : process.getGroups()) {
      if (group.getRole().isPresent() && (role == null || group.getRole().get() == role)
          && group.getMembers().contains(participant)) {
        return true;
      }
    }
    return false;
  }

  /** Whether some count or group says the process has members (format 1.1), beside its named records. */
  boolean hasUnnamedMembers() {
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
    return false;
  }


  /**
   * Whether some record of the participant, in any role, holds on the date: {@link SpanSet#covers},
   * the answer {@code ProcessQuery.takesPart} gives.
   */
  Answer takesPart(Participant participant, PartialDate date) {
    List<Integer> records = byParticipant.get(participant);
    if (records == null) {
      return Answer.NO;
    }
    if (records.size() <= FOLDED) {
      // The fold itself, which is SpanSet's contract, without building an index for a few records.
      Answer any = Answer.NO;
      for (int x = 0; x < records.size() && any != Answer.YES; x++) {
        any = any.or(participations.get(records.get(x)).span().contains(date));
      }
      return any;
    }
    return presences.computeIfAbsent(participant, k -> {
      List<Span> spans = new ArrayList<>(records.size());
      for (int i : records) {
        spans.add(participations.get(i).span());
      }
      return SpanSet.of(spans);
    }).covers(date);
  }

  /** Whether the participant's membership records (and the chains they form) hold all through a term. */
  Answer memberThrough(Participant participant, Span term) {
    return memberships.computeIfAbsent(participant, this::membership).holdsThroughout(term);
  }

  /**
   * Whether "not a member all through the term" is possible only because a date was never recorded
   * (principle 4): the term has a bound no source gives, or a membership record that may hold the
   * term has one (an undated membership, one known only as of a date).
   */
  boolean membershipUnrecorded(Participant participant, Period term, Span termSpan) {
    if (term.getStartKind() == Period.BoundKind.UNKNOWN || term.getEndKind() == Period.BoundKind.UNKNOWN) {
      return true;
    }
    for (int i : byParticipant.getOrDefault(participant, List.of())) {
      Participation record = participations.get(i);
      if (record.getRole() != Role.MEMBER) {
        continue;
      }
      Period period = record.getPeriod().orElse(null);
      boolean unrecorded = period == null || period.getStartKind() == Period.BoundKind.UNKNOWN
          || period.getEndKind() == Period.BoundKind.UNKNOWN;
      if (unrecorded && termSpan.isWithin(participationSpans[i]) != Answer.NO) {
        return true;
      }
    }
    return false;
  }

  /** A participant's membership records and the chains they form, indexed once. */
  private Tenure membership(Participant participant) {
    List<Span> spans = new ArrayList<>(2);
    for (int i : byParticipant.getOrDefault(participant, List.of())) {
      if (participations.get(i).getRole() == Role.MEMBER) {
        spans.add(participationSpans[i]);
      }
    }
    return Tenure.of(spans);
  }

  private ParticipantPairs pairs;
  private Span[] chairSpans;
  private ConflictRules.RestatedTerms restatedChairTerms;

  /** The span of each chair term, computed on first use. */
  Span[] chairSpans() {
    if (chairSpans == null) {
      chairSpans = ChairRules.spans(process.getChairs());
    }
    return chairSpans;
  }

  /** The chair terms that restate an earlier one from other sources, computed on first use. */
  ConflictRules.RestatedTerms restatedChairTerms() {
    if (restatedChairTerms == null) {
      restatedChairTerms = ConflictRules.restatedTerms(this, chairSpans());
    }
    return restatedChairTerms;
  }

  /** The comparisons of each participant's records, computed on first use. */
  ParticipantPairs pairs() {
    if (pairs == null) {
      pairs = new ParticipantPairs(this);
    }
    return pairs;
  }
}
