package org.rcpmodel.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Participant;
import org.rcpmodel.Participation;
import org.rcpmodel.Role;
import org.rcpmodel.time.Answer;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;
import org.rcpmodel.time.Span;
import org.rcpmodel.time.SpanSet;

/**
 * Point-in-time questions about one process: who holds a role, who chairs, and one participant's
 * role history, each answered {@code YES}, {@code NO} or {@code MAYBE} as the partial dates of the
 * records allow.
 *
 * <p>When several records speak of the same participant and role, the answer is the most certain
 * one any of them gives (a {@code YES} from one record outweighs a {@code MAYBE} from another).
 *
 * <p>The world of a document is open (DOMAIN principle 3; {@link OpenWorld}): {@link #holds} and
 * {@link #takesPart} read a participant that a format 1.1 group names as holding the group's role
 * during the group's period, and answer {@code MAYBE} rather than {@code NO} where counts or groups
 * say the document may leave participants of the role unnamed on the date and no complete list
 * closes it. A {@code NO} in a document that declares no complete list therefore means "no record
 * holds", not "surely does not hold": the validator then reports the rule that asks the same
 * question ({@code chair.not-member}, {@code meeting.host-not-participant},
 * {@code declaration.adopter-not-participant}) as a WARNING when the participant's own records
 * exclude the date and as an INFO when the document has no record of the participant at all; only a
 * complete list of the roles concerned (or, for a chair, an exclusive role held all through the
 * term) makes it certain (docs/RULES.md, "The open world").
 *
 * <p>Immutable and thread-safe: it reads only the immutable process it was made for.
 */
public final class ProcessQuery {

  private static final Comparator<Participant> BY_KIND_AND_ID =
      Comparator.comparing(Participant::kind).thenComparing(Participant::id);

  private final ConsultativeProcess process;
  private final OpenWorld world;

  private ProcessQuery(ConsultativeProcess process) {
    this.process = process;
    this.world = OpenWorld.of(process);
  }

  /**
   * Makes the questions for one process.
   *
   * @param process the process; not null
   * @return the query, never null
   * @throws NullPointerException if {@code process} is null
   */
  public static ProcessQuery of(ConsultativeProcess process) {
    return new ProcessQuery(Objects.requireNonNull(process, "process"));
  }

  /**
   * The process asked about.
   *
   * @return the process, never null
   */
  public ConsultativeProcess process() {
    return process;
  }

  /**
   * Who holds a role on a date.
   *
   * @param role the role; not null
   * @param date the date, of any precision; not null
   * @return the participants that surely ({@code YES}) or possibly ({@code MAYBE}) hold the role,
   *     {@code YES} first, then States before organizations, then by code or id; never null
   * @throws NullPointerException if an argument is null
   */
  public List<RoleHolding> holders(Role role, PartialDate date) {
    Objects.requireNonNull(date, "date");
    return holders(role, span -> span.contains(date));
  }

  /**
   * Who holds a role at some time during a period.
   *
   * @param role the role; not null
   * @param period the period; not null
   * @return as {@link #holders(Role, PartialDate)}
   * @throws NullPointerException if an argument is null
   */
  public List<RoleHolding> holders(Role role, Period period) {
    Objects.requireNonNull(period, "period");
    Span asked = Span.of(period);
    // A record that ends in the unit the asked period starts in held then: no hand-over reading.
    return holders(role, span -> span.intersects(asked));
  }

  /**
   * Whether a participant holds a role on a date: the fold of the participant's records of the role
   * and of the records the groups holding the role that name it give it ({@link OpenWorld#groupSpans}),
   * as {@link SpanSet#covers} answers; {@code MAYBE} instead of {@code NO} when the document may leave
   * participants of the role unnamed on the date ({@link OpenWorld#mayLeaveUnnamed}).
   *
   * @param participant who; not null
   * @param role the role; not null
   * @param date the date; not null
   * @return {@code YES}, {@code NO} or {@code MAYBE}; {@code NO} when no record speaks of it and the
   *     document leaves no one of the role unnamed then (in an open-world document: "no record holds")
   * @throws NullPointerException if an argument is null
   */
  public Answer holds(Participant participant, Role role, PartialDate date) {
    Objects.requireNonNull(participant, "participant");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(date, "date");
    List<Span> spans = new ArrayList<>();
    for (Participation p : process.getParticipations()) {
      if (p.getRole() == role && p.getParticipant().equals(participant)) {
        spans.add(p.span());
      }
    }
    spans.addAll(world.groupSpans(participant, role));
    return open(SpanSet.of(spans).covers(date), role, participant, date);
  }

  /**
   * Whether a participant takes part in the process on a date, in any role: the question the rules
   * {@code meeting.host-not-participant} and {@code declaration.adopter-not-participant} ask, with
   * the same answer. As {@link #holds} over every role.
   *
   * @param participant who; not null
   * @param date the date; not null
   * @return {@code YES} when some record of the participant (its own or a group's) surely holds on
   *     the date ({@link SpanSet#covers}), {@code MAYBE} when one may or when the document may leave
   *     participants of some role unnamed then, {@code NO} otherwise ("no record holds")
   * @throws NullPointerException if an argument is null
   */
  public Answer takesPart(Participant participant, PartialDate date) {
    Objects.requireNonNull(participant, "participant");
    Objects.requireNonNull(date, "date");
    List<Span> spans = new ArrayList<>();
    for (Participation p : process.getParticipations()) {
      if (p.getParticipant().equals(participant)) {
        spans.add(p.span());
      }
    }
    spans.addAll(world.groupSpans(participant, null));
    return open(SpanSet.of(spans).covers(date), null, participant, date);
  }

  /**
   * What the document says beyond its named records, as this query reads it.
   *
   * @return the reading, never null
   */
  public OpenWorld openWorld() {
    return world;
  }

  private Answer open(Answer recorded, Role role, Participant participant, PartialDate date) {
    return recorded == Answer.NO && world.mayLeaveUnnamed(role, participant.kind(), date) ? Answer.MAYBE : recorded;
  }


  /**
   * Who chairs on a date: the chairs of every term that may run then, and the term's standing
   * co-chair where it has one.
   *
   * @param date the date; not null
   * @return the chairs that surely or possibly chair then, {@code YES} first, then by code or id;
   *     never null
   * @throws NullPointerException if {@code date} is null
   */
  public List<ChairHolding> chairsOn(PartialDate date) {
    Objects.requireNonNull(date, "date");
    return chairs(term -> term.getPeriod().contains(date));
  }

  /**
   * Who chairs at some time during a period.
   *
   * @param period the period; not null
   * @return as {@link #chairsOn(PartialDate)}
   * @throws NullPointerException if {@code period} is null
   */
  public List<ChairHolding> chairsDuring(Period period) {
    Objects.requireNonNull(period, "period");
    Span asked = Span.of(period);
    return chairs(term -> Span.of(term.getPeriod()).intersects(asked));
  }

  /**
   * Every role one participant is recorded in, ordered by the earliest day each may have started
   * (unknown and open starts first), then by role.
   *
   * @param participant who; not null
   * @return the participations, never null
   * @throws NullPointerException if {@code participant} is null
   */
  public List<Participation> roleHistory(Participant participant) {
    Objects.requireNonNull(participant, "participant");
    List<Participation> history = new ArrayList<>();
    for (Participation p : process.getParticipations()) {
      if (p.getParticipant().equals(participant)) {
        history.add(p);
      }
    }
    history.sort(Comparator.comparing(ProcessQuery::earliestStart).thenComparing(Participation::getRole));
    return List.copyOf(history);
  }

  private static java.time.LocalDate earliestStart(Participation p) {
    return p.getPeriod()
        .flatMap(Period::getStart)
        .map(PartialDate::earliestDay)
        .orElse(java.time.LocalDate.MIN);
  }

  private List<RoleHolding> holders(Role role, Function<Span, Answer> test) {
    Objects.requireNonNull(role, "role");
    Map<Participant, Answer> answers = new LinkedHashMap<>();
    Map<Participant, List<Participation>> records = new LinkedHashMap<>();
    for (Participation p : process.getParticipations()) {
      if (p.getRole() != role) {
        continue;
      }
      Answer answer = test.apply(p.span());
      if (answer.isPossible()) {
        answers.merge(p.getParticipant(), answer, Answer::or);
        records.computeIfAbsent(p.getParticipant(), k -> new ArrayList<>()).add(p);
      }
    }
    List<RoleHolding> result = new ArrayList<>();
    answers.forEach((who, answer) -> result.add(new RoleHolding(who, role, answer, records.get(who))));
    result.sort(Comparator.comparing(RoleHolding::answer).thenComparing(RoleHolding::participant, BY_KIND_AND_ID));
    return List.copyOf(result);
  }

  private List<ChairHolding> chairs(Function<Chairmanship, Answer> test) {
    Map<Participant, Answer> answers = new LinkedHashMap<>();
    Map<Participant, List<Chairmanship>> terms = new LinkedHashMap<>();
    for (Chairmanship term : process.getChairs()) {
      Answer answer = test.apply(term);
      if (!answer.isPossible()) {
        continue;
      }
      for (Participant chair : term.getChairs()) {
        answers.merge(chair, answer, Answer::or);
        terms.computeIfAbsent(chair, k -> new ArrayList<>()).add(term);
      }
      // A standing co-chair serves beside the chairs for the whole term.
      term.getCoChair().ifPresent(coChair -> {
        answers.merge(coChair, answer, Answer::or);
        List<Chairmanship> held = terms.computeIfAbsent(coChair, k -> new ArrayList<>());
        if (!held.contains(term)) {
          held.add(term);
        }
      });
    }
    List<ChairHolding> result = new ArrayList<>();
    answers.forEach((who, answer) -> result.add(new ChairHolding(who, answer, terms.get(who))));
    result.sort(Comparator.comparing(ChairHolding::answer).thenComparing(ChairHolding::chair, BY_KIND_AND_ID));
    return List.copyOf(result);
  }
}
