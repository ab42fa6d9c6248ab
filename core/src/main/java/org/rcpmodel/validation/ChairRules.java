package org.rcpmodel.validation;

import static org.rcpmodel.validation.RuleId.RULE_CHAIR_GAP;
import static org.rcpmodel.validation.RuleId.RULE_CHAIR_NOT_HOST;
import static org.rcpmodel.validation.RuleId.RULE_CHAIR_TERM_LENGTH;
import static org.rcpmodel.validation.RuleId.RULE_DATE_BEFORE_ESTABLISHMENT;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.rcpmodel.ChairSelection;
import org.rcpmodel.ChairStatus;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.Meeting;
import org.rcpmodel.MeetingLevel;
import org.rcpmodel.Participant;
import org.rcpmodel.time.Answer;
import org.rcpmodel.time.Concurrency;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;
import org.rcpmodel.time.Span;
import org.rcpmodel.time.SpanSet;

/**
 * The chair rules: {@code chair.not-member} (through {@link ChairMembership}), {@code date.before-establishment} of a term,
 * {@code chair.term-length}, {@code chair.overlap}, {@code chair.gap} and {@code chair.not-host}. Terms
 * of different ordinals (format 1.1) follow one another: they are never counted as running at once.
 * A term that restates,
 * from other sources, a term already recorded ({@link ConflictRules#restatedTerms}) is one fact told
 * twice: it is not counted again for overlaps ({@link ChairOverlaps}) and gaps.
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
        ChairMembership.report(findings, p, chair, spans[j], j, k);
      }
      Answer early = p.startsBeforeEstablishment(spans[j]);
      if (early != Answer.NO) {
        findings.report(RULE_DATE_BEFORE_ESTABLISHMENT, early, p.at("chairs", j).at("period"), "start", Phrase.period(chair.getPeriod()),
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
    new ChairOverlaps(findings).report(p, terms, spans, readings, disputed, versions);
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
        findings.report(RULE_CHAIR_NOT_HOST, p.at("chairs", j), "period", Phrase.period(term.getPeriod()),
            "host", meetings.get(mismatch[0]).getHost().get(), "meeting", p.at("meetings", mismatch[0]).pointer());
      }
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
          findings.report(RULE_CHAIR_GAP, gap, p.at("chairs", j), "period", Phrase.period(chairs.get(j).getPeriod()),
              "previous", Phrase.period(previous), "first", p.at("chairs", latest).pointer(), "how", Findings.text(gap));
        }
      }
      if (latest == null || readings.reachesAtLeastAsFar(j, latest)) {
        latest = j;
      }
    }
  }

  /** A term's versions: itself and the restatements that dispute it, or itself alone. */
  static List<Integer> versionsOf(List<List<Integer>> versions, int term) {
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
          "period", Phrase.period(chair.getPeriod()), "months", Integer.toString(m));
    }
  }
}
