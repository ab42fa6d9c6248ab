package org.rcpmodel.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The questions validation asks of several records at once ({@link Tenure}, {@link Concurrency},
 * {@link SpanSet#forEachWithinWidestOf}) answer exactly their naive definitions: the fold of the
 * pairwise relation, or the quadratic count; and the pairwise relations added for them
 * ({@link PartialDate#precedes}, {@link Span#startsBefore}, the term lengths, ...) answer what their
 * days say. Spans are drawn from a few years at year, month and day precision, with open and unknown
 * ends, held-on dates, and qualified and unspecified dates.
 */
class TimeAlgebraPropertiesTest {

  private static final String[] UNSPECIFIED = {"201X", "2013-XX", "2014-XX-XX", "2015-06-XX", "20XX"};

  /** A date of SpanSetPropertiesTest's kind; one in four is uncertain, approximate or has unspecified digits. */
  static PartialDate date(Random r) {
    PartialDate d = SpanSetPropertiesTest.date(r);
    switch (r.nextInt(12)) {
      case 0:
        return d.withQualifier(true, false);
      case 1:
        return d.withQualifier(false, true);
      case 2:
        return PartialDate.parse(UNSPECIFIED[r.nextInt(UNSPECIFIED.length)]);
      default:
        return d;
    }
  }

  static Period period(Random r) {
    Period.BoundKind[] kinds = Period.BoundKind.values();
    Period.BoundKind startKind = r.nextInt(4) == 0 ? kinds[r.nextInt(kinds.length)] : Period.BoundKind.KNOWN;
    Period.BoundKind endKind = r.nextInt(4) == 0 ? kinds[r.nextInt(kinds.length)] : Period.BoundKind.KNOWN;
    PartialDate start = startKind == Period.BoundKind.KNOWN ? date(r) : null;
    PartialDate end = endKind == Period.BoundKind.KNOWN ? date(r) : null;
    if (start != null && end != null && r.nextInt(4) == 0) {
      end = start; // a single unit
    }
    return Period.of(startKind, start, endKind, end);
  }

  static Span span(Random r) {
    Period period = period(r);
    return r.nextInt(5) == 0 ? Span.of(period, date(r)) : Span.of(period);
  }

  /** Up to 20 spans, often successive: a record starts where (or after) the one before ends. */
  static List<Span> spans(Random r) {
    int n = r.nextInt(3) == 0 ? r.nextInt(21) : r.nextInt(5);
    List<Span> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Span s = span(r);
      if (i > 0 && r.nextInt(3) == 0 && out.get(i - 1).getPeriod().getEnd().isPresent()) {
        // a hand-over from the previous record
        s = Span.of(Period.of(Period.BoundKind.KNOWN, out.get(i - 1).getPeriod().getEnd().get(),
            s.getPeriod().getEndKind(), s.getPeriod().getEnd().orElse(null)));
      }
      out.add(s);
    }
    return out;
  }

  // ---- Tenure ------------------------------------------------------------------------------

  @Test
  void tenureHoldsThroughoutExactlyWhenTheFoldOfIsWithinOverItsRecordsAndChainsSays() {
    qt().withExamples(3000).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      List<Span> records = new ArrayList<>(spans(r));
      records.removeIf(s -> !s.isSatisfiable()); // the contract is for records with a refinement
      Tenure tenure = Tenure.of(records);
      List<Stretch> elements = Tenure.elements(records);
      assertThat(elements).hasSize(Math.max(0, 2 * records.size() - 1));
      for (int k = 0; k < 6; k++) {
        Span term = k == 0 && !records.isEmpty() ? records.get(r.nextInt(records.size())) : span(r);
        if (!term.isSatisfiable()) {
          continue; // the contract is for terms with a refinement
        }
        Stretch t = Stretch.of(term);
        Answer fold = Answer.NO;
        for (Stretch e : elements) {
          fold = fold.or(t.within(e));
        }
        assertThat(tenure.holdsThroughout(term)).as("%s through %s", records, term).isEqualTo(fold);
      }
    });
  }

  @Test
  void theRecordsOfATenureAreReadByIsWithinAndItsChainsJoinRecordsThatSurelyMeet() {
    qt().withExamples(2000).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      List<Span> records = spans(r);
      List<Stretch> elements = Tenure.elements(records);
      Span term = span(r);
      for (int i = 0; i < records.size(); i++) {
        // the records themselves come first, each read as Span.isWithin reads it
        assertThat(Stretch.of(term).within(elements.get(i))).isEqualTo(term.isWithin(records.get(i)));
      }
      // each chain starts as some record starts and ends as some record (reaching at least as far) ends
      for (int c = records.size(); c < elements.size(); c++) {
        Stretch chain = elements.get(c);
        boolean startsAsARecord = false;
        boolean endsAsARecord = false;
        for (Span s : records) {
          startsAsARecord |= s.earliestStartDay() == chain.startLow && s.latestStartDay() == chain.startHigh;
          endsAsARecord |= s.earliestEndDay() == chain.endLow && s.latestEndDay() == chain.endHigh;
        }
        assertThat(startsAsARecord && endsAsARecord).as("chain %d of %s", c, records).isTrue();
      }
    });
  }

  @Test
  void twoRecordsThatHandOverHoldAllThroughTheirUnion() {
    Tenure tenure = Tenure.of(List.of(Span.of(Period.parse("2013/2016")), Span.of(Period.parse("2016/2018"))));
    assertThat(tenure.holdsThroughout(Span.of(Period.parse("2014/2017")))).isEqualTo(Answer.YES);
    assertThat(tenure.holdsThroughout(Span.of(Period.parse("2014/2019")))).isEqualTo(Answer.NO);
    Tenure broken = Tenure.of(List.of(Span.of(Period.parse("2013/2014")), Span.of(Period.parse("2016/2018"))));
    assertThat(broken.holdsThroughout(Span.of(Period.parse("2014/2017")))).isEqualTo(Answer.NO);
    assertThat(Tenure.of(List.of()).holdsThroughout(Span.of(Period.parse("2014/2017")))).isEqualTo(Answer.NO);
  }

  // ---- Concurrency -------------------------------------------------------------------------

  @Test
  void theSweepRunsAndCountsExactlyWhatTheQuadraticDefinitionsSay() {
    qt().withExamples(3000).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      List<Span> spans = spans(r);
      int n = spans.size();
      int[] weights = new int[n];
      Stretch[] readings = new Stretch[n];
      for (int i = 0; i < n; i++) {
        weights[i] = 1 + r.nextInt(2);
        readings[i] = Stretch.of(spans.get(i));
      }
      Concurrency facts = Concurrency.of(spans, weights);
      for (int d = 0; n > 0 && d < r.nextInt(3); d++) {
        int fact = r.nextInt(n);
        Span version = span(r);
        facts.dispute(fact, version);
        readings[fact] = readings[fact].hull(Stretch.of(version));
      }
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (r.nextInt(6) > 0) {
          order.add(i);
        }
      }
      order.sort(facts.startOrder());
      long[] coreStart = new long[order.size()];
      long[] coreEnd = new long[order.size()];
      Set<Long> coordinates = new TreeSet<>();
      for (int x = 0; x < order.size(); x++) {
        Stretch b = readings[order.get(x)];
        coreStart[x] = 2 * b.startHigh + (b.startKind == Period.BoundKind.KNOWN ? 1 : 0);
        coreEnd[x] = 2 * b.endLow + (b.endKind == Period.BoundKind.KNOWN ? 0 : 1);
        coordinates.add(coreStart[x]);
        coordinates.add(coreEnd[x]);
      }
      Concurrency.Sweep sweep = facts.sweep(order);
      List<Integer> added = new ArrayList<>();
      for (int x = 0; x < order.size(); x++) {
        int fact = order.get(x);
        assertThat(facts.isLive(fact)).isEqualTo(readings[fact].isLive());
        if (x > 0) {
          assertThat(facts.startOrder().compare(order.get(x - 1), fact)).isNegative();
        }
        if (!facts.isLive(fact)) {
          continue;
        }
        while (sweep.nextLeaving(x) >= 0) {
          // drains the facts that surely end before this one may start
        }
        Set<Integer> running = new TreeSet<>();
        long runningWeight = 0;
        for (int y : added) {
          if (readings[order.get(y)].endHigh >= readings[fact].startLow) {
            running.add(y);
            runningWeight += weights[order.get(y)];
          }
        }
        assertThat(sweep.running()).as("running at %d of %s", x, spans).containsExactlyElementsOf(running);
        assertThat(sweep.runningWeight()).isEqualTo(runningWeight);
        boolean sureRun = coreStart[x] <= coreEnd[x];
        // the sure run itself, or for a fact with none, the stretch from its earliest end to its latest start
        long from = Math.min(coreStart[x], coreEnd[x]);
        long to = Math.max(coreStart[x], coreEnd[x]);
        Long best = null;
        for (long t : coordinates) {
          if (t < from || t > to) {
            continue;
          }
          long total = 0;
          for (int y : added) {
            if (coreStart[y] <= coreEnd[y] && coreStart[y] <= t && t <= coreEnd[y]) {
              total += weights[order.get(y)];
            }
          }
          best = best == null ? total : sureRun ? Math.max(best, total) : Math.min(best, total);
        }
        assertThat(sweep.surelyRunningWeight(x)).as("surely running at %d of %s", x, spans)
            .isEqualTo(best == null ? 0 : best);
        sweep.add(x);
        added.add(x);
      }
      for (int a = 0; a < n; a++) {
        for (int b = 0; b < n; b++) {
          assertThat(facts.reachesAtLeastAsFar(a, b)).isEqualTo(readings[a].endHigh >= readings[b].endHigh);
        }
      }
    });
  }

  @Test
  void termsThatOnlyHandOverNeverSurelyRunAtOnceButOverlappingOnesDo() {
    List<Span> terms = List.of(Span.of(Period.parse("2013/2016")), Span.of(Period.parse("2016/2018")),
        Span.of(Period.parse("2014-06/2015-06")));
    Concurrency facts = Concurrency.of(terms, new int[] {1, 1, 2});
    List<Integer> order = new ArrayList<>(List.of(0, 1, 2));
    order.sort(facts.startOrder());
    assertThat(order).containsExactly(0, 2, 1);
    Concurrency.Sweep sweep = facts.sweep(order);
    assertThat(sweep.surelyRunningWeight(0)).isZero();
    sweep.add(0);
    assertThat(sweep.surelyRunningWeight(1)).isEqualTo(1); // 2014-06/2015-06 inside 2013/2016
    sweep.add(1);
    assertThat(sweep.nextLeaving(2)).isEqualTo(1); // 2014-06/2015-06 ends before 2016 may start
    assertThat(sweep.nextLeaving(2)).isEqualTo(-1);
    assertThat(sweep.runningWeight()).isEqualTo(1);
    assertThat(sweep.surelyRunningWeight(2)).isZero(); // the hand-over
  }

  // ---- SpanSet.forEachWithinWidestOf -------------------------------------------------------

  @Test
  void forEachWithinWidestOfVisitsExactlyTheSpansWithinTheWindowInStartOrder() {
    qt().withExamples(3000).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      List<Span> spans = spans(r);
      SpanSet set = SpanSet.of(spans);
      Span window = span(r);
      Set<Integer> expected = new TreeSet<>();
      for (int i = 0; i < spans.size(); i++) {
        if (spans.get(i).isSatisfiable() && spans.get(i).liesWithinWidestOf(window)) {
          expected.add(i);
        }
      }
      List<Integer> visited = new ArrayList<>();
      set.forEachWithinWidestOf(window, visited::add);
      assertThat(visited).as("%s within %s", spans, window).containsExactlyInAnyOrderElementsOf(expected);
      for (int x = 1; x < visited.size(); x++) {
        assertThat(Span.BY_EARLIEST_START.compare(spans.get(visited.get(x - 1)), spans.get(visited.get(x))))
            .isNotPositive();
      }
    });
  }

  // ---- pairwise relations ------------------------------------------------------------------

  @Test
  void precedesAndFollowsAreBeforeAndAfterExceptInsideTheReferencesUnit() {
    qt().withExamples(3000).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      PartialDate a = date(r);
      PartialDate b = r.nextInt(4) == 0 ? a : date(r);
      boolean inUnit = !a.isQualified() && !b.isQualified() && !a.earliestDay().isBefore(b.earliestDay())
          && !a.latestDay().isAfter(b.latestDay());
      assertThat(a.liesInUnitOf(b)).as("%s in %s", a, b).isEqualTo(inUnit);
      assertThat(a.precedes(b)).as("%s precedes %s", a, b).isEqualTo(inUnit ? Answer.NO : a.isBefore(b));
      assertThat(a.follows(b)).as("%s follows %s", a, b).isEqualTo(inUnit ? Answer.NO : a.isAfter(b));
      assertThat(a.startsRightAfter(b)).isEqualTo(a.earliestDay().equals(b.latestDay().plusDays(1)));
      boolean shared = false;
      for (LocalDate d = a.earliestDay(); !d.isAfter(a.latestDay()) && !shared; d = d.plusDays(1)) {
        shared = !d.isBefore(b.earliestDay()) && !d.isAfter(b.latestDay());
      }
      assertThat(a.sharesDayWith(b)).as("%s shares a day with %s", a, b).isEqualTo(shared);
      assertThat(b.sharesDayWith(a)).isEqualTo(shared);
    });
  }

  @Test
  void aRecordStartsBeforeADateAsItsKnownStartPrecedesItOrAsItsLatestPossibleStartSays() {
    qt().withExamples(3000).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      Span span = span(r);
      PartialDate reference = SpanSetPropertiesTest.date(r);
      Answer expected = switch (span.getPeriod().getStartKind()) {
        case KNOWN -> span.getPeriod().getStart().get().precedes(reference);
        case OPEN -> Answer.YES;
        case UNKNOWN -> span.latestStart().map(d -> d.isBefore(reference.earliestDay())).orElse(false)
            ? Answer.YES : Answer.MAYBE;
      };
      assertThat(span.startsBefore(reference)).as("%s starts before %s", span, reference).isEqualTo(expected);
    });
  }

  @Test
  void aTermSurelyLastsLongerOrShorterExactlyWhenEveryPairOfItsDaysDoes() {
    qt().withExamples(1500).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      Span span = Span.of(Period.of(SpanSetPropertiesTest.date(r), SpanSetPropertiesTest.date(r)));
      if (!span.isSatisfiable()) {
        return;
      }
      int months = r.nextInt(40);
      LocalDate firstStart = span.earliestStart().orElseThrow();
      LocalDate lastStart = span.latestStart().orElseThrow();
      LocalDate firstEnd = span.earliestEnd().orElseThrow();
      LocalDate lastEnd = span.latestEnd().orElseThrow();
      boolean everyLonger = true;
      boolean everyShorter = true;
      for (LocalDate s = firstStart; !s.isAfter(lastStart); s = s.plusDays(1)) {
        // for a start, the shortest reading ends as early as it can, the longest as late
        LocalDate shortestEnd = s.isAfter(firstEnd) ? s : firstEnd;
        everyLonger &= shortestEnd.plusDays(1).isAfter(s.plusMonths(months + 1L));
        everyShorter &= lastEnd.plusDays(1).isBefore(s.plusMonths(months));
      }
      assertThat(span.surelyLastsLongerThan(months + 1)).as("%s longer than %d", span, months + 1)
          .isEqualTo(everyLonger);
      assertThat(span.surelyLastsShorterThan(months)).as("%s shorter than %d", span, months).isEqualTo(everyShorter);
      PartialDate asOf = SpanSetPropertiesTest.date(r);
      Span open = Span.of(Period.of(Period.BoundKind.KNOWN, span.getPeriod().getStart().get(), Period.BoundKind.OPEN, null));
      boolean untilLonger = true;
      for (LocalDate s = open.earliestStart().orElseThrow(); !s.isAfter(open.latestStart().orElseThrow());
          s = s.plusDays(1)) {
        untilLonger &= asOf.earliestDay().plusDays(1).isAfter(s.plusMonths(months + 1L));
      }
      assertThat(open.surelyLastsLongerThan(months + 1, asOf)).isEqualTo(untilLonger);
      assertThat(open.surelyLastsLongerThan(months + 1)).isFalse(); // an open end has no known length
    });
  }

  @Test
  void theWidestReadingMeetsAndReachesWhatItsDayBoundsSay() {
    qt().withExamples(3000).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      Span a = span(r);
      Span b = span(r);
      PartialDate d = date(r);
      assertThat(a.mayMeet(b)).isEqualTo(a.latestEndDay() >= b.earliestStartDay() && b.latestEndDay() >= a.earliestStartDay());
      assertThat(a.mayMeet(b)).isEqualTo(b.mayMeet(a));
      if (a.isSatisfiable() && b.isSatisfiable()) {
        assertThat(a.mayMeet(b)).as("%s meets %s", a, b).isEqualTo(a.intersects(b) != Answer.NO);
      }
      assertThat(a.reachesUnitOf(d)).isEqualTo(
          a.earliestStartDay() <= d.latestDay().toEpochDay() && d.earliestDay().toEpochDay() <= a.latestEndDay());
      assertThat(a.liesWithinWidestOf(b)).isEqualTo(
          a.earliestStartDay() >= b.earliestStartDay() && a.latestEndDay() <= b.latestEndDay());
      assertThat(a.liesWithinWidestOf(a)).isTrue();
    });
  }

  @Test
  void theLocalDateBoundsAreTheDayBoundsAndEmptyWhereAnEndIsOpenOrUnbounded() {
    qt().withExamples(3000).forAll(longs().all()).checkAssert(seed -> {
      Span s = span(new Random(seed));
      s.earliestStart().ifPresent(d -> assertThat(d.toEpochDay()).isEqualTo(s.earliestStartDay()));
      s.latestStart().ifPresent(d -> assertThat(d.toEpochDay()).isEqualTo(s.latestStartDay()));
      s.earliestEnd().ifPresent(d -> assertThat(d.toEpochDay()).isEqualTo(s.earliestEndDay()));
      s.latestEnd().ifPresent(d -> assertThat(d.toEpochDay()).isEqualTo(s.latestEndDay()));
      Period p = s.getPeriod();
      assertThat(s.earliestStart().isEmpty()).isEqualTo(p.getStartKind() != Period.BoundKind.KNOWN);
      assertThat(s.latestEnd().isEmpty()).isEqualTo(p.getEndKind() != Period.BoundKind.KNOWN);
      if (p.getStartKind() == Period.BoundKind.KNOWN) {
        assertThat(s.latestStart()).isPresent();
      }
      if (p.getEndKind() == Period.BoundKind.KNOWN) {
        assertThat(s.earliestEnd()).isPresent();
      }
    });
  }
}
