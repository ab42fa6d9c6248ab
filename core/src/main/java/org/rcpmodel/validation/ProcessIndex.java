package org.rcpmodel.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rcpmodel.CompleteList;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Facts;
import org.rcpmodel.Participant;
import org.rcpmodel.ParticipantKind;
import org.rcpmodel.Participation;
import org.rcpmodel.Role;
import org.rcpmodel.Statement;
import org.rcpmodel.query.OpenWorld;
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
    this.world = OpenWorld.of(process);
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

  /**
   * The establishment dates for a message: {@code 1993}, or {@code 1993} or {@code 1991} in the
   * message's language ({@link Phrase#anyOf}); "not recorded" in words when there is none.
   */
  Object establishedText() {
    List<String> readings = new java.util.ArrayList<>(establishedReadings.size());
    for (PartialDate reading : establishedReadings) {
      readings.add(reading.toString());
    }
    return Phrase.anyOf(readings);
  }

  // ---- format 1.1: the open world -------------------------------------------------------------

  /** What the document says beyond the named records: the definition ProcessQuery uses too. */
  final OpenWorld world;

  /** See {@link OpenWorld#mayLeaveUnnamed(Role, ParticipantKind, Span)}. */
  boolean mayLeaveUnnamed(Role role, ParticipantKind kind, Span during) {
    return world.mayLeaveUnnamed(role, kind, during);
  }

  /** See {@link OpenWorld#mayLeaveUnnamed(Role, ParticipantKind, PartialDate)}. */
  boolean mayLeaveUnnamed(Role role, ParticipantKind kind, PartialDate date) {
    return world.mayLeaveUnnamed(role, kind, date);
  }

  /** Whether a group holding the role (null: any role) names the participant among its members. */
  boolean namedInGroup(Participant participant, Role role) {
    return world.namedInGroup(participant, role);
  }

  /** Whether some count, group or member figure says the process has members, beside its named records. */
  boolean hasUnnamedMembers() {
    return world.hasUnnamedMembers();
  }

  /** Whether the document has any record of the participant in the role (null: any role), its own or a group's. */
  boolean hasRecord(Participant participant, Role role) {
    for (int i : byParticipant.getOrDefault(participant, List.of())) {
      if (role == null || participations.get(i).getRole() == role) {
        return true;
      }
    }
    return world.namedInGroup(participant, role);
  }

  /**
   * Whether a positive record excludes membership all through a term: some record of the participant
   * in an exclusive standing role (OBSERVER, CANDIDATE: what {@code role.conflict} treats as
   * exclusive of MEMBER) surely holds all through it.
   */
  boolean exclusiveRoleThrough(Participant participant, Span term) {
    for (int i : byParticipant.getOrDefault(participant, List.of())) {
      Participation record = participations.get(i);
      if (record.getRole().isStanding() && record.getRole() != Role.MEMBER
          && record.span().contains(term) == Answer.YES) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a complete member list proves that the participant is not a member on some day of a term:
   * a list on whose date no membership record of the participant can hold, dated surely inside the
   * term (YES) or possibly (MAYBE); NO when no list does.
   */
  Answer completeListExcludes(Participant participant, Span term) {
    Answer best = Answer.NO;
    for (CompleteList list : process.getCompleteLists()) {
      if (list.getRole() != Role.MEMBER || best == Answer.YES) {
        continue;
      }
      Answer inTerm = term.contains(list.getAsOf());
      if (inTerm != Answer.NO && memberOn(participant, list.getAsOf()) == Answer.NO) {
        best = best.or(inTerm);
      }
    }
    return best;
  }

  private Answer memberOn(Participant participant, PartialDate date) {
    Answer any = Answer.NO;
    for (int i : byParticipant.getOrDefault(participant, List.of())) {
      if (participations.get(i).getRole() == Role.MEMBER) {
        any = any.or(participations.get(i).span().contains(date));
      }
    }
    return any;
  }

  /**
   * Whether some record of the participant, in any role, holds on the date, its own or one a group
   * naming it gives ({@link OpenWorld#groupSpans}): {@link SpanSet#covers}, the answer
   * {@code ProcessQuery.takesPart} gives before its open-world MAYBE ({@link #mayLeaveUnnamed}).
   */
  Answer takesPart(Participant participant, PartialDate date) {
    List<Integer> records = byParticipant.getOrDefault(participant, List.of());
    List<Span> groups = process.getGroups().isEmpty() ? List.of() : world.groupSpans(participant, null);
    if (records.size() + groups.size() <= FOLDED) {
      // The fold itself, which is SpanSet's contract, without building an index for a few records.
      Answer any = Answer.NO;
      for (int x = 0; x < records.size() && any != Answer.YES; x++) {
        any = any.or(participations.get(records.get(x)).span().contains(date));
      }
      for (int x = 0; x < groups.size() && any != Answer.YES; x++) {
        any = any.or(groups.get(x).contains(date));
      }
      return any;
    }
    return presences.computeIfAbsent(participant, k -> {
      List<Span> spans = new ArrayList<>(records.size() + groups.size());
      for (int i : records) {
        spans.add(participations.get(i).span());
      }
      spans.addAll(groups);
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
