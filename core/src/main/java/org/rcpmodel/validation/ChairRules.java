package org.rcpmodel.validation;

import static org.rcpmodel.validation.RuleId.RULE_CHAIR_GAP;
import static org.rcpmodel.validation.RuleId.RULE_CHAIR_NOT_HOST;
import static org.rcpmodel.validation.RuleId.RULE_CHAIR_NOT_MEMBER;
import static org.rcpmodel.validation.RuleId.RULE_CHAIR_OVERLAP;
import static org.rcpmodel.validation.RuleId.RULE_CHAIR_TERM_LENGTH;
import static org.rcpmodel.validation.RuleId.RULE_DATE_BEFORE_ESTABLISHMENT;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rcpmodel.ChairSelection;
import org.rcpmodel.ChairStatus;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.Meeting;
import org.rcpmodel.MeetingLevel;
import org.rcpmodel.Participant;
import org.rcpmodel.Role;
import org.rcpmodel.time.Answer;
import org.rcpmodel.time.Concurrency;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;
import org.rcpmodel.time.Span;
import org.rcpmodel.time.SpanSet;

/**
 * The chair rules: {@code chair.not-member}, {@code date.before-establishment} of a term,
 * {@code chair.term-length}, {@code chair.overlap}, {@code chair.gap} and {@code chair.not-host}. Terms
 * of different ordinals (format 1.1) follow one another: they are never counted as running at once.
 * A term that restates,
 * from other sources, a term already recorded ({@link ConflictRules#restatedTerms}) is one fact told
 * twice: it is not counted again for overlaps and gaps.
 *
 * <p>Every question about time is asked of {@code org.rcpmodel.time}: {@link Concurrency} counts what
 * runs at once and holds the readings of disputed terms, {@link SpanSet} finds the conferences within
 * a term, {@link Span} and {@link PartialDate} answer the pairwise relations. What stays here is
 * chair policy: ordinals, hand-overs between recorded dates, disputed versions, restated terms.
 */
final class ChairRules {

  private final Findings findings;

  ChairRules(Findings findings) {
    this.findings = findings;
  }

  void process(ProcessIndex p) {
    List<Chairmanship> chairs = p.process.getChairs();
    int n = chairs.size();
    Span[] spans = p.chairSpans();
    for (int j = 0; j < n; j++) {
      Chairmanship chair = chairs.get(j);
      for (int k = 0; k < chair.getChairs().size(); k++) {
        Participant chairing = chair.getChairs().get(k);
        Answer notMember = p.memberThrough(chairing, spans[j]).not();
        if (notMember != Answer.NO && !p.namedInGroup(chairing, Role.MEMBER)) {
          if (p.mayLeaveUnnamed(Role.MEMBER, chairing.kind(), spans[j])) {
            // Open world: the chair may be one of the members the document counts but does not name.
            findings.report(RULE_CHAIR_NOT_MEMBER, Answer.MAYBE, true, p.at("chairs", j).at("chairs", k), "participant", chairing.id(),
                "period", chair.getPeriod().toString(), "how", Findings.text(Answer.MAYBE));
          } else {
            // Principle 4: possible only because no source dates the membership (or the term): INFO.
            boolean unrecorded = notMember == Answer.MAYBE
                && p.membershipUnrecorded(chairing, chair.getPeriod(), spans[j]);
            findings.report(RULE_CHAIR_NOT_MEMBER, notMember, unrecorded, p.at("chairs", j).at("chairs", k), "participant",
                chairing.id(), "period", chair.getPeriod().toString(), "how", Findings.text(notMember));
          }
        }
      }
      Answer early = p.startsBeforeEstablishment(spans[j]);
      if (early != Answer.NO) {
        findings.report(RULE_DATE_BEFORE_ESTABLISHMENT, early, p.at("chairs", j).at("period"), "start", chair.getPeriod().toString(),
            "established", p.establishedText(), "how", Findings.text(early));
      }
      termLength(p, chair, spans[j], j);
    }
    ConflictRules.RestatedTerms restatedTerms = p.restatedChairTerms();
    boolean[] restated = restatedTerms.restated();
    // Principle 1: a term that another source states differently (a fact.conflict) is read as any
    // of its versions, so only what holds of the hull of the versions is sure.
    int[] weights = new int[n];
    for (int j = 0; j < n; j++) {
      weights[j] = chairs.get(j).getChairs().size();
    }
    Concurrency readings = Concurrency.of(java.util.Arrays.asList(spans), weights);
    boolean[] disputed = new boolean[n];
    List<List<Integer>> versions = new ArrayList<>(java.util.Collections.nCopies(n, null));
    for (int[] conflict : restatedTerms.conflicts()) {
      int kept = conflict[1];
      readings.dispute(kept, spans[conflict[0]]);
      disputed[kept] = true;
      if (versions.get(kept) == null) {
        versions.set(kept, new ArrayList<>(2));
        versions.get(kept).add(kept);
      }
      versions.get(kept).add(conflict[0]);
    }
    List<Integer> terms = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      if (!restated[j]) {
        terms.add(j);
      }
    }
    terms.sort(readings.startOrder());
    overlaps(p, terms, spans, readings, disputed, versions);
    gaps(p, terms, readings, versions);
    if (p.process.getChairingRule().getSelection().orElse(null) == ChairSelection.ANNUAL_HOST) {
      annualHosts(p, terms, spans);
    }
  }

  /**
   * Under a presidency of the annual host (format 1.1), the chair of a term is the host of each
   * ministerial conference held surely within the units the term's dates name (a term of {@code 2024}
   * is that year's presidency). Reported once per term, at the term, naming the first such meeting
   * (in document order) whose host does not chair it. Meetings that may fall outside those units say
   * nothing. The conferences are sorted once by earliest start; each term looks only at those that
   * start within it.
   */
  private void annualHosts(ProcessIndex p, List<Integer> terms, Span[] spans) {
    List<Chairmanship> chairs = p.process.getChairs();
    List<Meeting> meetings = p.process.getMeetings();
    List<Integer> conferences = new ArrayList<>();
    List<Span> held = new ArrayList<>();
    for (int m = 0; m < meetings.size(); m++) {
      Meeting meeting = meetings.get(m);
      if (meeting.getLevel() == MeetingLevel.MINISTERIAL_CONFERENCE && meeting.getHost().isPresent()) {
        conferences.add(m);
        held.add(Span.of(meeting.getPeriod()));
      }
    }
    SpanSet conferenceSpans = SpanSet.of(held);
    int[] mismatch = new int[1];
    for (int j : terms) {
      Chairmanship term = chairs.get(j);
      mismatch[0] = -1;
      // Within the units the term's dates name (a term of 2024 is that year's presidency).
      conferenceSpans.forEachWithinWidestOf(spans[j], c -> {
        Meeting meeting = meetings.get(conferences.get(c));
        if (!term.getChairs().contains(Participant.state(meeting.getHost().get()))
            && (mismatch[0] < 0 || conferences.get(c) < mismatch[0])) {
          mismatch[0] = conferences.get(c);
        }
      });
      if (mismatch[0] >= 0) {
        findings.report(RULE_CHAIR_NOT_HOST, p.at("chairs", j), "period", term.getPeriod().toString(),
            "host", meetings.get(mismatch[0]).getHost().get(), "meeting", p.at("meetings", mismatch[0]).pointer());
      }
    }
  }

  /** The known start and end dates of running terms, for finding hand-overs. */
  private static final class HandOverDates {
    final Map<PartialDate, Long> endingOn = new HashMap<>();
    final Map<PartialDate, Long> startingOn = new HashMap<>();
    final Map<Period, Long> samePeriod = new HashMap<>();

    void add(Chairmanship term, int sign) {
      handOvers(term, endingOn, startingOn, samePeriod, sign);
    }

    long weight(Period period) {
      return handOverWeight(period, endingOn, startingOn, samePeriod);
    }
  }

  /**
   * The running terms that carry an ordinal (format 1.1), by ordinal: a term of ordinal {@code o}
   * cannot run beside one of another ordinal, so their weight, less the weight already taken off as
   * hand-overs, is taken off what may run beside it.
   */
  private static final class Ordinals {
    private final Map<Integer, Long> weightByOrdinal = new HashMap<>();
    private final Map<Integer, HandOverDates> datesByOrdinal = new HashMap<>();
    private final HandOverDates dates = new HandOverDates();
    private long weight;

    void add(Chairmanship term, int sign) {
      if (term.getOrdinal().isEmpty()) {
        return;
      }
      int o = term.getOrdinal().get();
      long w = (long) sign * term.getChairs().size();
      weight += w;
      weightByOrdinal.merge(o, w, Long::sum);
      dates.add(term, sign);
      datesByOrdinal.computeIfAbsent(o, k -> new HandOverDates()).add(term, sign);
    }

    /** The weight of the running terms of other ordinals that do not already hand over to or from this one. */
    long otherOrdinals(Chairmanship term) {
      if (term.getOrdinal().isEmpty() || weight == 0) {
        return 0;
      }
      int o = term.getOrdinal().get();
      HandOverDates same = datesByOrdinal.get(o);
      long others = weight - weightByOrdinal.getOrDefault(o, 0L);
      long othersHandingOver = dates.weight(term.getPeriod()) - (same == null ? 0 : same.weight(term.getPeriod()));
      return others - othersHandingOver;
    }
  }

  /** The span of each term. */
  static Span[] spans(List<Chairmanship> chairs) {
    Span[] spans = new Span[chairs.size()];
    for (int j = 0; j < spans.length; j++) {
      spans[j] = Span.of(chairs.get(j).getPeriod());
    }
    return spans;
  }

  /** The ids of a term's chairs, comma-separated. */
  static String chairNames(Chairmanship chair) {
    StringBuilder sb = new StringBuilder();
    for (Participant p : chair.getChairs()) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(p.id());
    }
    return sb.toString();
  }

  /**
   * Orders record indexes by earliest start, then latest start, then index: one comparator, because a
   * chain of {@code thenComparing} keys boxes and dispatches per key on every comparison.
   */
  static Comparator<Integer> byStart(Span[] spans) {
    return (a, b) -> {
      int c = Span.BY_START.compare(spans[a], spans[b]);
      return c != 0 ? c : Integer.compare(a, b);
    };
  }

  /** How many earlier terms {@link #overlaps} scans for the one a finding names. */
  private static final int OTHER_SCAN = 64;

  /**
   * Up to this many running terms, those that hand over to or from a term are found by comparing
   * it with each ({@link #handsOver}); in a larger crowd (no real process has one) only hand-overs
   * on the same unit are found, by the maps of {@link #handOverWeight}.
   */
  static final int COMPARED_ONE_BY_ONE = 64;

  /**
   * Reports each term (in start order) that runs, or may run, beside more chairs than the rule
   * allows, by one sweep. The possible count is the weight of the earlier terms whose latest end is
   * not before this term's earliest start, less those that hand over to or from it
   * ({@link #handsOver}); the sure count is the largest weight of earlier terms surely running at one
   * moment at which this term surely runs ({@link Concurrency.Sweep#surelyRunningWeight}).
   * {@code readings} read a disputed term by the hull of its versions; {@code recorded} are the
   * terms' own spans. A disputed term takes part in no hand-over, since some version may not.
   */
  private void overlaps(ProcessIndex p, List<Integer> terms, Span[] recorded, Concurrency readings, boolean[] disputed,
      List<List<Integer>> versions) {
    List<Chairmanship> chairs = p.process.getChairs();
    int max = p.process.getChairingRule().getMaxConcurrentChairs();
    int n = terms.size();
    Concurrency.Sweep sweep = readings.sweep(terms);
    java.util.NavigableSet<Integer> running = sweep.running();
    Map<PartialDate, Long> endingOn = new HashMap<>();
    Map<PartialDate, Long> startingOn = new HashMap<>();
    Map<Period, Long> samePeriod = new HashMap<>();
    Ordinals ordinals = new Ordinals();
    for (int x = 0; x < n; x++) {
      int j = terms.get(x);
      Chairmanship term = chairs.get(j);
      Period period = term.getPeriod();
      boolean live = readings.isLive(j);
      int weight = term.getChairs().size();
      long sureWeight = weight;
      long possibleWeight = weight;
      // Whether some term that may run beside this one does so by recorded dates (or a source's
      // version of a disputed term), not only because a date was never recorded (principle 4).
      boolean recordedDoubt = false;
      if (live) {
        for (int gone = sweep.nextLeaving(x); gone >= 0; gone = sweep.nextLeaving(x)) {
          if (!disputed[terms.get(gone)]) {
            handOvers(chairs.get(terms.get(gone)), endingOn, startingOn, samePeriod, -1);
          }
          ordinals.add(chairs.get(terms.get(gone)), -1);
        }
        long partners = 0;
        if (running.size() <= COMPARED_ONE_BY_ONE) {
          for (int y : running) {
            int other = terms.get(y);
            if (otherOrdinal(chairs.get(other), term)
                || !mayRunTogether(chairs, recorded, versionsOf(versions, other), versionsOf(versions, j))) {
              partners += chairs.get(other).getChairs().size();
            } else if (disputed[other] || disputed[j] || !(unrecorded(chairs.get(other)) || unrecorded(term))) {
              recordedDoubt = true;
            }
          }
        } else {
          partners = disputed[j] ? 0
              : handOverWeight(period, endingOn, startingOn, samePeriod) + ordinals.otherOrdinals(term);
          recordedDoubt = true;
        }
        possibleWeight += sweep.runningWeight() - partners;
        // A term with an empty sure run (a single unit such as 2016) surely overlaps an earlier one
        // only if that one surely runs all through the unit.
        sureWeight += sweep.surelyRunningWeight(x);
      }
      Answer tooMany = sureWeight > max ? Answer.YES : possibleWeight > max ? Answer.MAYBE : Answer.NO;
      if (tooMany != Answer.NO) {
        int other = otherTerm(p, x, terms, running, tooMany);
        findings.report(RULE_CHAIR_OVERLAP, tooMany, !recordedDoubt, p.at("chairs", j), "period", period.toString(),
            "other", p.at("chairs", other).pointer(), "max", Integer.toString(max), "how", Findings.text(tooMany));
      }
      if (live) {
        sweep.add(x);
        if (!disputed[j]) {
          handOvers(term, endingOn, startingOn, samePeriod, 1);
        }
        ordinals.add(term, 1);
      }
    }
  }

  /**
   * Whether two terms may be a hand-over rather than an overlap (DOMAIN principle 4): one's known
   * end and the other's known start are units that share a day ({@code 2013-06/2016} then
   * {@code 2016-10/2018}; {@code 2016-11} and {@code 2016-11}), so the recorded precision allows
   * the one to end the day the other starts.
   */
  static boolean handsOver(Period a, Period b) {
    // In both orders at once (two records of one single unit) no tie is made, as in Span.
    return meets(a, b) != meets(b, a);
  }

  /**
   * Whether two terms may run at once in some reading: some pair of their sources' versions whose
   * day ranges meet and that do not hand over.
   */
  static boolean mayRunTogether(List<Chairmanship> chairs, Span[] recorded, List<Integer> a, List<Integer> b) {
    for (int va : a) {
      for (int vb : b) {
        if (!handsOver(chairs.get(va).getPeriod(), chairs.get(vb).getPeriod()) && recorded[va].mayMeet(recorded[vb])) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether two terms carry different ordinals (format 1.1): they follow one another. */
  static boolean otherOrdinal(Chairmanship a, Chairmanship b) {
    return a.getOrdinal().isPresent() && b.getOrdinal().isPresent() && !a.getOrdinal().equals(b.getOrdinal());
  }

  /** Whether a term has a bound no source gives. */
  static boolean unrecorded(Chairmanship term) {
    return term.getPeriod().getStartKind() == Period.BoundKind.UNKNOWN
        || term.getPeriod().getEndKind() == Period.BoundKind.UNKNOWN;
  }

  private static boolean meets(Period earlier, Period later) {
    return earlier.getEndKind() == Period.BoundKind.KNOWN && later.getStartKind() == Period.BoundKind.KNOWN
        && earlier.getEnd().get().agreesWith(later.getStart().get());
  }

  /** Adds ({@code sign} 1) or removes (-1) a running term's weight under its known start and end dates. */
  private static void handOvers(Chairmanship term, Map<PartialDate, Long> endingOn, Map<PartialDate, Long> startingOn,
      Map<Period, Long> samePeriod, int sign) {
    Period period = term.getPeriod();
    long weight = (long) sign * term.getChairs().size();
    if (period.getEndKind() == Period.BoundKind.KNOWN) {
      endingOn.merge(period.getEnd().get(), weight, Long::sum);
    }
    if (period.getStartKind() == Period.BoundKind.KNOWN) {
      startingOn.merge(period.getStart().get(), weight, Long::sum);
    }
    if (period.getStartKind() == Period.BoundKind.KNOWN && period.getEndKind() == Period.BoundKind.KNOWN) {
      samePeriod.merge(period, weight, Long::sum);
    }
  }

  /**
   * The weight of the running terms that hand over to or from this one (and so do not overlap it):
   * those ending on its start or starting on its end, less those doing both, which hand over both
   * ways and so are no hand-over.
   */
  private static long handOverWeight(Period period, Map<PartialDate, Long> endingOn, Map<PartialDate, Long> startingOn,
      Map<Period, Long> samePeriod) {
    long weight = 0;
    if (period.getStartKind() == Period.BoundKind.KNOWN) {
      weight += endingOn.getOrDefault(period.getStart().get(), 0L);
    }
    if (period.getEndKind() == Period.BoundKind.KNOWN) {
      weight += startingOn.getOrDefault(period.getEnd().get(), 0L);
    }
    if (period.getStartKind() == Period.BoundKind.KNOWN && period.getEndKind() == Period.BoundKind.KNOWN) {
      weight -= 2 * samePeriod.getOrDefault(Period.of(period.getEnd().get(), period.getStart().get()), 0L);
    }
    return weight;
  }

  /**
   * The earlier term a chair.overlap finding names: among the first running terms in start order,
   * the first that surely overlaps (for an ERROR) or else may overlap; the term itself if none.
   */
  private static int otherTerm(ProcessIndex p, int x, List<Integer> terms, java.util.NavigableSet<Integer> running, Answer tooMany) {
    List<Chairmanship> chairs = p.process.getChairs();
    Period period = chairs.get(terms.get(x)).getPeriod();
    int firstPossible = -1;
    int scanned = 0;
    for (int y : running) {
      if (scanned++ == OTHER_SCAN) {
        break;
      }
      Period earlier = chairs.get(terms.get(y)).getPeriod();
      Answer overlap = handsOver(earlier, period) ? Answer.NO : earlier.overlaps(period);
      if (overlap == Answer.YES && tooMany == Answer.YES) {
        return terms.get(y);
      }
      if (overlap != Answer.NO && firstPossible < 0) {
        firstPossible = terms.get(y);
        if (tooMany != Answer.YES) {
          break;
        }
      }
    }
    return firstPossible >= 0 ? firstPossible : terms.get(x);
  }

  private void gaps(ProcessIndex p, List<Integer> terms, Concurrency readings, List<List<Integer>> versions) {
    List<Chairmanship> chairs = p.process.getChairs();
    Integer latest = null;
    for (int j : terms) {
      if (chairs.get(j).getPeriod().getStartKind() == Period.BoundKind.UNKNOWN) {
        continue; // a term of unknown start cannot be placed in the sequence
      }
      if (latest != null) {
        Answer gap = gapBetween(chairs, versionsOf(versions, latest), versionsOf(versions, j));
        if (gap != Answer.NO) {
          Period previous = chairs.get(latest).getPeriod();
          findings.report(RULE_CHAIR_GAP, gap, p.at("chairs", j), "period", chairs.get(j).getPeriod().toString(),
              "previous", previous.toString(), "first", p.at("chairs", latest).pointer(), "how", Findings.text(gap));
        }
      }
      if (latest == null || readings.reachesAtLeastAsFar(j, latest)) {
        latest = j;
      }
    }
  }

  private static List<Integer> versionsOf(List<List<Integer>> versions, int term) {
    List<Integer> all = versions.get(term);
    return all == null ? List.of(term) : all;
  }

  /**
   * Whether time passes with no chair between two terms, in every reading (YES), in some (MAYBE) or
   * in none (NO): a reading takes one source's version of each disputed term (principle 1).
   */
  private static Answer gapBetween(List<Chairmanship> chairs, List<Integer> previous, List<Integer> next) {
    boolean every = true;
    boolean some = false;
    for (int a : previous) {
      for (int b : next) {
        Period before = chairs.get(a).getPeriod();
        Period after = chairs.get(b).getPeriod();
        Answer gap = adjacent(before, after) ? Answer.NO : before.leavesGapBefore(after);
        every &= gap == Answer.YES;
        some |= gap != Answer.NO;
      }
    }
    return every ? Answer.YES : some ? Answer.MAYBE : Answer.NO;
  }

  /**
   * Whether the next term starts in the unit right after the one the previous ends in
   * ({@code 2018/2020} then {@code 2021/2022}; {@code 1995-06/1997-05} then {@code 1997-06/1999-05}):
   * the way sources write consecutive terms, not evidence of a gap.
   */
  private static boolean adjacent(Period previous, Period next) {
    return previous.getEnd().isPresent() && next.getStart().isPresent()
        && next.getStart().get().startsRightAfter(previous.getEnd().get());
  }

  private void termLength(ProcessIndex p, Chairmanship chair, Span span, int j) {
    Optional<Integer> months = p.process.getChairingRule().getTermMonths();
    if (months.isEmpty() || chair.getPeriod().getStartKind() != Period.BoundKind.KNOWN
        || chair.getPeriod().isReversed() == Answer.YES) {
      return; // a reversed period has no length; period.reversed reports it
    }
    int m = months.get();
    // Tolerance: a term may be a month shorter or longer than declared.
    boolean surelyLonger;
    boolean surelyShorter;
    switch (chair.getPeriod().getEndKind()) {
      case KNOWN -> {
        surelyLonger = span.surelyLastsLongerThan(m + 1);
        surelyShorter = span.surelyLastsShorterThan(m - 1);
      }
      case OPEN -> {
        // An open-ended term has lasted at least until the as-of date, once it has started.
        if (p.document.doc.getAsOf().isEmpty() || chair.getStatus().orElse(ChairStatus.CURRENT) == ChairStatus.INCOMING) {
          return;
        }
        surelyLonger = span.surelyLastsLongerThan(m + 1, p.document.doc.getAsOf().get());
        surelyShorter = false;
      }
      default -> {
        return;
      }
    }
    if (surelyLonger || surelyShorter) {
      findings.reportVariant(RULE_CHAIR_TERM_LENGTH, surelyLonger ? "longer" : "shorter", p.at("chairs", j).at("period"),
          "period", chair.getPeriod().toString(), "months", Integer.toString(m));
    }
  }
}
