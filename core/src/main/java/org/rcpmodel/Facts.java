package org.rcpmodel;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rcpmodel.time.Answer;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;
import org.rcpmodel.time.Span;

/**
 * The one definition of when two records state the same fact, when they agree and when one refines
 * the other: validation ({@code fact.conflict}), merging and diffing ask here, never redo it.
 *
 * <ul>
 *   <li><b>Same fact</b>: two records speak about one thing, so they must agree or be reported as a
 *       disagreement: one participant's status in a process at a time, one chair term, one figure;
 *       in format 1.1 also one single-valued property of a process (its statements) and one
 *       performer's secretariat job (its accounts).
 *   <li><b>Agree</b>: both records can be true at once, in some reading of their partial dates
 *       ({@code 2013-06/2016-11} and {@code 2013/2016}); a record that gives no period says nothing
 *       against one that does.
 *   <li><b>Refine</b>: one record states at least what the other states, at least as precisely; a
 *       record refines itself, and a refinement always agrees.
 * </ul>
 *
 * <p>Dates are compared by the refinement semantics of {@link Span}, {@link Period} and
 * {@link PartialDate} ({@link Span#agreesWith}, {@link Span#refines}). Source lists take no part:
 * what to do with records of one source or of several is the caller's decision. A record whose own
 * dates cannot be true (a reversed period) agrees with nothing and refines nothing.
 *
 * <p>All methods are pure and thread-safe, and reject null arguments with a
 * {@link NullPointerException} naming the parameter.
 */
public final class Facts {

  private Facts() {}

  /**
   * Tells whether two roles do the same job, so that two records giving them for one participant at
   * one time speak about one fact: equal roles; two standing roles ({@link Role#MEMBER},
   * {@link Role#OBSERVER}, {@link Role#CANDIDATE}: the participant's status); or
   * {@link Role#SECRETARIAT} and {@link Role#SUPPORT_UNIT} (the secretariat's job, which sources name
   * either way).
   *
   * @param a one role, not null
   * @param b the other role, not null
   * @return true if the roles do the same job
   * @throws NullPointerException if either argument is null
   */
  public static boolean sameJob(Role a, Role b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    return a == b || (a.isStanding() && b.isStanding()) || (isSecretariatJob(a) && isSecretariatJob(b));
  }

  private static boolean isSecretariatJob(Role role) {
    return role == Role.SECRETARIAT || role == Role.SUPPORT_UNIT;
  }

  /**
   * Tells whether two participations speak about one fact: the same participant, roles that do
   * the {@linkplain #sameJob same job}, and spans that may share a day ({@link Span#intersects} is
   * not {@code NO}). A member in one record and an observer in another, at a time both cover, are one
   * fact: the participant's status.
   *
   * @param a one participation, not null
   * @param b the other, not null
   * @return true if the two records are about one fact
   * @throws NullPointerException if either argument is null
   */
  public static boolean sameFact(Participation a, Participation b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    return a.getParticipant().equals(b.getParticipant())
        && sameJob(a.getRole(), b.getRole())
        && a.span().intersects(b.span()) != Answer.NO;
  }

  /**
   * Tells whether two participations can both be true as one record: the same participant and role,
   * and some reading in which both describe the same time. Without a period a record constrains the
   * time only by its as-of date, so it agrees with any record of the same participant and role whose
   * period may contain that date; two records without periods always agree.
   *
   * @param a one participation, not null
   * @param b the other, not null
   * @return true if the two agree
   * @throws NullPointerException if either argument is null
   */
  public static boolean agree(Participation a, Participation b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (!a.getParticipant().equals(b.getParticipant()) || a.getRole() != b.getRole()) {
      return false;
    }
    Optional<Period> pa = a.getPeriod();
    Optional<Period> pb = b.getPeriod();
    if (pa.isPresent() && pb.isPresent()) {
      return a.span().agreesWith(b.span());
    }
    if (pa.isEmpty() && pb.isEmpty()) {
      return a.span().isSatisfiable() && b.span().isSatisfiable();
    }
    Participation dated = pa.isPresent() ? a : b;
    Participation undated = pa.isPresent() ? b : a;
    // held-on dates bound the start from above and the end from below, separately, so one date
    // at a time decides whether both can hold together
    return dated.span().isSatisfiable()
        && undated.getAsOf().map(d -> Span.of(dated.getPeriod().get(), d).isSatisfiable()).orElse(true);
  }

  /**
   * Tells whether one participation states at least what the other states, at least as precisely:
   * the same participant and role, and {@code a}'s span refines {@code b}'s. A record without a
   * period is refined by every record that agrees with it and vouches for its as-of date, if it has
   * one: by an as-of date within it, or by a period that surely contains it.
   *
   * @param a the record that may be more precise, not null
   * @param b the record it may refine, not null
   * @return true if {@code a} refines {@code b}
   * @throws NullPointerException if either argument is null
   */
  public static boolean refines(Participation a, Participation b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (!agree(a, b)) {
      return false;
    }
    if (b.getPeriod().isEmpty()) {
      if (b.getAsOf().isEmpty()) {
        return true;
      }
      PartialDate vouched = b.getAsOf().get();
      return a.getAsOf().map(d -> d.refines(vouched)).orElse(false)
          || a.getPeriod().map(p -> p.contains(vouched) == Answer.YES).orElse(false);
    }
    return a.getPeriod().isPresent() && a.span().refines(b.span());
  }

  /**
   * Tells whether two chair terms speak about one term: the same set of chairs (in any order),
   * periods that may share a day, and no two different ordinals (format 1.1: the first and the fifth
   * term of Sri Lanka in the Colombo Process are two terms, whatever their unknown dates).
   *
   * @param a one term, not null
   * @param b the other, not null
   * @return true if the two records are about one term
   * @throws NullPointerException if either argument is null
   */
  public static boolean sameFact(Chairmanship a, Chairmanship b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    return sameChairs(a.getChairs(), b.getChairs())
        && compatible(a.getOrdinal(), b.getOrdinal())
        && Span.of(a.getPeriod()).intersects(Span.of(b.getPeriod())) != Answer.NO;
  }

  /**
   * Tells whether two chair terms can both be true as one record: the same chairs, periods that
   * {@linkplain Period#agreesWith agree}, and co-chairs and ordinals that are equal or given by only
   * one of them.
   * The status (past, current, incoming) is not compared: it says when the source spoke, not what
   * the term was.
   *
   * @param a one term, not null
   * @param b the other, not null
   * @return true if the two agree
   * @throws NullPointerException if either argument is null
   */
  public static boolean agree(Chairmanship a, Chairmanship b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    return sameChairs(a.getChairs(), b.getChairs())
        && a.getPeriod().agreesWith(b.getPeriod())
        && compatible(a.getCoChair(), b.getCoChair())
        && compatible(a.getOrdinal(), b.getOrdinal());
  }

  /**
   * Tells whether one chair term states at least what the other states, at least as precisely: the
   * two agree, {@code a}'s period refines {@code b}'s, and {@code a} names the co-chair and the
   * ordinal if {@code b} does.
   *
   * @param a the record that may be more precise, not null
   * @param b the record it may refine, not null
   * @return true if {@code a} refines {@code b}
   * @throws NullPointerException if either argument is null
   */
  public static boolean refines(Chairmanship a, Chairmanship b) {
    return agree(a, b)
        && a.getPeriod().refines(b.getPeriod())
        && (b.getCoChair().isEmpty() || a.getCoChair().isPresent())
        && (b.getOrdinal().isEmpty() || a.getOrdinal().isPresent());
  }

  /**
   * Tells whether two statements (format 1.1) speak about one fact: the same single-valued property
   * of their process (both establishment dates, both names).
   *
   * @param a one statement, not null
   * @param b the other, not null
   * @return true if both state the same property
   * @throws NullPointerException if either argument is null
   */
  public static boolean sameFact(Statement a, Statement b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    return a.getProperty() == b.getProperty();
  }

  /**
   * Tells whether two statements can both be true: the same property, and dates that
   * {@linkplain PartialDate#agreesWith agree} ({@code 1993} and {@code 1993-05}; not {@code 1991}
   * and {@code 1993}) or equal texts.
   *
   * @param a one statement, not null
   * @param b the other, not null
   * @return true if the two agree
   * @throws NullPointerException if either argument is null
   */
  public static boolean agree(Statement a, Statement b) {
    if (!sameFact(a, b)) {
      return false;
    }
    if (a.getProperty().isDate()) {
      return a.getDate().get().agreesWith(b.getDate().get());
    }
    return a.getText().equals(b.getText());
  }

  /**
   * Tells whether two accounts of the secretariat's job (format 1.1) speak about one fact: the same
   * performers (named participants in any order, the chairing State, the body and the host alike)
   * at times that may share a day. The role is not compared: {@link Role#SECRETARIAT} and
   * {@link Role#SUPPORT_UNIT} are {@linkplain #sameJob the same job}.
   *
   * @param a one account, not null
   * @param b the other, not null
   * @return true if the two are about one performer's job at one time
   * @throws NullPointerException if either argument is null
   */
  public static boolean sameFact(Secretariat a, Secretariat b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    return samePerformers(a, b) && a.span().intersects(b.span()) != Answer.NO;
  }

  /**
   * Tells whether two accounts of the secretariat's job can both be true as one record: the same
   * performers, the same role, and spans that agree.
   *
   * @param a one account, not null
   * @param b the other, not null
   * @return true if the two agree
   * @throws NullPointerException if either argument is null
   */
  public static boolean agree(Secretariat a, Secretariat b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    return samePerformers(a, b) && a.getRole() == b.getRole() && a.span().agreesWith(b.span());
  }

  private static boolean samePerformers(Secretariat a, Secretariat b) {
    return a.isChairingState() == b.isChairingState() && a.getBody().equals(b.getBody())
        && a.getHost().equals(b.getHost()) && sameChairs(a.getPerformers(), b.getPerformers());
  }

  /**
   * Tells whether two figures of one owner (a process or an organization) speak about one quantity:
   * the same metric and scope, and reference dates that are both given and equal.
   *
   * @param a one figure, not null
   * @param b the other, not null
   * @return true if the two records are about one quantity
   * @throws NullPointerException if either argument is null
   */
  public static boolean sameFact(MigrationFigure a, MigrationFigure b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    return a.getMetric().equals(b.getMetric())
        && a.getScope() == b.getScope()
        && a.getReferenceDate().isPresent()
        && a.getReferenceDate().equals(b.getReferenceDate());
  }

  /**
   * Tells whether two figures are about one quantity and give it the same value, compared
   * numerically ({@code 9.5} equals {@code 9.50}); the approximation qualifier is not compared.
   *
   * @param a one figure, not null
   * @param b the other, not null
   * @return true if the two agree
   * @throws NullPointerException if either argument is null
   */
  public static boolean agree(MigrationFigure a, MigrationFigure b) {
    return sameFact(a, b) && a.getValue().compareTo(b.getValue()) == 0;
  }

  /**
   * Tells whether two records of a single-valued date (an establishment date) can both be true:
   * their units share a day ({@code 1993} and {@code 1993-05}).
   *
   * @param a one date, not null
   * @param b the other, not null
   * @return true if the two agree
   * @throws NullPointerException if either argument is null
   * @see PartialDate#agreesWith(PartialDate)
   */
  public static boolean agree(PartialDate a, PartialDate b) {
    Objects.requireNonNull(a, "a");
    return a.agreesWith(b);
  }

  /**
   * Tells whether one record of a single-valued date is at least as precise as the other and lies
   * within it ({@code 1993-05} refines {@code 1993}).
   *
   * @param a the date that may be more precise, not null
   * @param b the date it may refine, not null
   * @return true if {@code a} refines {@code b}
   * @throws NullPointerException if either argument is null
   * @see PartialDate#refines(PartialDate)
   */
  public static boolean refines(PartialDate a, PartialDate b) {
    Objects.requireNonNull(a, "a");
    return a.refines(b);
  }

  /**
   * Tells whether two meetings of one process are one meeting, by what identifies a meeting apart
   * from its document-local id: the same level and the same ordinal (both given: the third
   * ministerial conference), or the same host State (both given) and periods that
   * {@linkplain Period#agreesWith agree}. Ids are compared by the caller, who knows whether the two
   * records come from one document.
   *
   * @param a one meeting, not null
   * @param b the other, not null
   * @return true if the two records are about one meeting
   * @throws NullPointerException if either argument is null
   */
  public static boolean sameFact(Meeting a, Meeting b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    boolean byOrdinal = a.getLevel() == b.getLevel() && a.getOrdinal().isPresent()
        && a.getOrdinal().equals(b.getOrdinal());
    boolean byHostAndDate = a.getHost().isPresent() && a.getHost().equals(b.getHost())
        && a.getPeriod().agreesWith(b.getPeriod());
    return byOrdinal || byHostAndDate;
  }

  /**
   * Tells whether two meeting records can both be true as one record: the same level, periods that
   * {@linkplain Period#agreesWith agree}, and name, ordinal, host and city each equal or given by only
   * one of them. Whether they are about one meeting at all is {@link #sameFact(Meeting, Meeting)} (or
   * the caller's comparison of ids).
   *
   * @param a one meeting, not null
   * @param b the other, not null
   * @return true if the two agree
   * @throws NullPointerException if either argument is null
   */
  public static boolean agree(Meeting a, Meeting b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    return a.getLevel() == b.getLevel() && a.getPeriod().agreesWith(b.getPeriod())
        && compatible(a.getName(), b.getName()) && compatible(a.getOrdinal(), b.getOrdinal())
        && compatible(a.getHost(), b.getHost()) && compatible(a.getCity(), b.getCity());
  }

  /**
   * Tells whether two declarations of one process are one declaration: adoption dates that
   * {@linkplain PartialDate#agreesWith agree}, and the same meeting id where either names a meeting
   * (ids as the caller has made them comparable), or, where neither does, the same title ignoring
   * case. Never by title alone: titles collide (more than one "Almaty Declaration").
   *
   * @param a one declaration, not null
   * @param b the other, not null
   * @return true if the two records are about one declaration
   * @throws NullPointerException if either argument is null
   */
  public static boolean sameFact(Declaration a, Declaration b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (!a.getAdopted().agreesWith(b.getAdopted())) {
      return false;
    }
    if (a.getMeeting().isPresent() || b.getMeeting().isPresent()) {
      return a.getMeeting().equals(b.getMeeting());
    }
    return a.getTitle().equalsIgnoreCase(b.getTitle());
  }

  /**
   * Tells whether two records of one declaration can both be true as one record: they are
   * {@linkplain #sameFact(Declaration, Declaration) one declaration} and give it the same title,
   * ignoring case. Adopters, themes and frameworks are lists that records may state in part, so they
   * never disagree.
   *
   * @param a one declaration, not null
   * @param b the other, not null
   * @return true if the two agree
   * @throws NullPointerException if either argument is null
   */
  public static boolean agree(Declaration a, Declaration b) {
    return sameFact(a, b) && a.getTitle().equalsIgnoreCase(b.getTitle());
  }

  private static <T> boolean compatible(Optional<T> a, Optional<T> b) {
    return a.isEmpty() || b.isEmpty() || a.equals(b);
  }

  private static boolean sameChairs(List<Participant> a, List<Participant> b) {
    if (a.size() == 1 && b.size() == 1) {
      return a.get(0).equals(b.get(0));
    }
    return new HashSet<>(a).equals(new HashSet<>(b));
  }
}
