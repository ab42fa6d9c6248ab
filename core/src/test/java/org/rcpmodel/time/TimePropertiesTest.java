package org.rcpmodel.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.rcpmodel.Gens.booleans;
import static org.rcpmodel.Gens.enums;
import static org.rcpmodel.Gens.ints;
import static org.rcpmodel.Gens.longs;
import static org.rcpmodel.Gens.oneOf;
import static org.rcpmodel.Gens.pick;
import static org.rcpmodel.Gens.withEdgeCases;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.rcpmodel.time.Period.BoundKind;

/**
 * Property tests: every three-valued relation is checked against a brute-force oracle that
 * enumerates refinements. The oracle takes, for each known bound, the first and last days of its
 * unit, their inner neighbours, and every "interesting" day (each unit's first and last day and their
 * neighbours, far past and far future) that falls inside the unit; an unknown bound takes every
 * interesting day; an open bound is a far sentinel. The implementation's answer must equal the answer
 * the enumeration gives: YES when the relation held for every enumerated refinement, NO when for
 * none, MAYBE when for some and not others (and NO when there is no refinement at all). Witnesses for
 * both outcomes always lie among these days, so a MAYBE that the oracle cannot confirm is a bug.
 */
class TimePropertiesTest {

    /** The oracle's own stand-ins for infinity; independent of the implementation's. */
    private static final long MINUS_INFINITY = -1_000_000_000_000L;
    private static final long PLUS_INFINITY = 1_000_000_000_000L;
    private static final long FAR_PAST = LocalDate.of(1900, 1, 1).toEpochDay();
    private static final long FAR_FUTURE = LocalDate.of(2100, 12, 31).toEpochDay();

    // ---- generators -------------------------------------------------------------------------

    private static Gen<PartialDate> dates() {
        Gen<Integer> years = ints(2010, 2013);
        Gen<Integer> months = oneOf(pick(1, 2, 12), ints(1, 12));
        Gen<Integer> dayPicks = ints(0, 40);
        Gen<Precision> precisions = enums(Precision.class);
        return years.zip(months, dayPicks, precisions, (y, m, pick, precision) -> {
            switch (precision) {
                case YEAR:
                    return PartialDate.ofYear(y);
                case MONTH:
                    return PartialDate.ofYearMonth(y, m);
                default:
                    int length = YearMonth.of(y, m).lengthOfMonth();
                    int day = pick == 0 ? 1 : pick == 1 ? length : pick == 2 ? 2 : pick == 3 ? length - 1 : 1 + pick % length;
                    return PartialDate.of(y, m, day);
            }
        });
    }

    private static BoundKind kind(int pick) {
        return pick < 6 ? BoundKind.KNOWN : pick < 8 ? BoundKind.OPEN : BoundKind.UNKNOWN;
    }

    private static Gen<Period> periods() {
        Gen<Integer> kinds = ints(0, 9);
        Gen<PartialDate> dates = dates();
        Gen<Integer> shapes = ints(0, 3);
        return in -> {
            BoundKind startKind = kind(kinds.generate(in));
            PartialDate s = dates.generate(in);
            BoundKind endKind = kind(kinds.generate(in));
            PartialDate e = dates.generate(in);
            int shape = shapes.generate(in);
            PartialDate start = startKind == BoundKind.KNOWN ? s : null;
            PartialDate end = endKind == BoundKind.KNOWN ? e : null;
            if (start != null && end != null) {
                if (shape == 0) {
                    end = start; // a single unit
                } else if (shape == 1 && start.compareTo(end) > 0) {
                    PartialDate swap = start; // mostly in order, sometimes reversed
                    start = end;
                    end = swap;
                }
            }
            return Period.of(startKind, start, endKind, end);
        };
    }

    private static Gen<Span> spans() {
        return periods().zip(dates(), ints(0, 9),
                (period, heldOn, pick) -> pick < 3 ? Span.of(period, heldOn) : Span.of(period));
    }

    /** Two spans, biased towards hand-overs and shared units. */
    private static Gen<List<Span>> pairs() {
        return spans().zip(spans(), ints(0, 9), (a, b, pick) -> {
            Period pa = a.getPeriod();
            Period pb = b.getPeriod();
            Period changed = null;
            if (pick < 3 && pa.getEnd().isPresent()) {
                changed = Period.of(BoundKind.KNOWN, pa.getEnd().get(), pb.getEndKind(), pb.getEnd().orElse(null));
            } else if (pick == 3 && pa.getStart().isPresent()) {
                changed = Period.of(pb.getStartKind(), pb.getStart().orElse(null), BoundKind.KNOWN, pa.getStart().get());
            } else if (pick == 4) {
                changed = pa;
            }
            if (changed == null) {
                return List.of(a, b);
            }
            Span b2 = b.getHeldOn().isPresent() ? Span.of(changed, b.getHeldOn().get()) : Span.of(changed);
            return List.of(a, b2);
        });
    }

    // ---- oracle -----------------------------------------------------------------------------

    private static void addUnit(TreeSet<Long> pool, PartialDate date) {
        if (date != null) {
            long first = date.earliestDay().toEpochDay();
            long last = date.latestDay().toEpochDay();
            for (long d = -1; d <= 1; d++) {
                pool.add(first + d);
                pool.add(last + d);
            }
        }
    }

    private static TreeSet<Long> pool(List<Span> spans, List<PartialDate> extraUnits, List<Long> extraDays) {
        TreeSet<Long> pool = new TreeSet<>();
        for (long far : new long[] {FAR_PAST, FAR_FUTURE}) {
            for (long d = -1; d <= 1; d++) {
                pool.add(far + d);
            }
        }
        for (Span span : spans) {
            addUnit(pool, span.getPeriod().getStart().orElse(null));
            addUnit(pool, span.getPeriod().getEnd().orElse(null));
            addUnit(pool, span.getHeldOn().orElse(null));
        }
        extraUnits.forEach(u -> addUnit(pool, u));
        for (long day : extraDays) {
            for (long d = -1; d <= 1; d++) {
                pool.add(day + d);
            }
        }
        return pool;
    }

    /** The days the oracle tries for a known unit. */
    private static TreeSet<Long> unitCandidates(PartialDate date, TreeSet<Long> pool) {
        long first = date.earliestDay().toEpochDay();
        long last = date.latestDay().toEpochDay();
        TreeSet<Long> days = new TreeSet<>(pool.subSet(first, true, last, true));
        for (long d : new long[] {first, first + 1, last - 1, last}) {
            if (first <= d && d <= last) {
                days.add(d);
            }
        }
        return days;
    }

    private static TreeSet<Long> boundCandidates(BoundKind kind, PartialDate date, boolean start, TreeSet<Long> pool) {
        switch (kind) {
            case KNOWN:
                return unitCandidates(date, pool);
            case OPEN:
                TreeSet<Long> infinity = new TreeSet<>();
                infinity.add(start ? MINUS_INFINITY : PLUS_INFINITY);
                return infinity;
            default:
                return pool;
        }
    }

    /** Valid refinements (s, e) of a span, as pairs. */
    private static List<long[]> refinements(Span span, TreeSet<Long> pool) {
        Period p = span.getPeriod();
        TreeSet<Long> starts = boundCandidates(p.getStartKind(), p.getStart().orElse(null), true, pool);
        TreeSet<Long> ends = boundCandidates(p.getEndKind(), p.getEnd().orElse(null), false, pool);
        long heldFirst = span.getHeldOn().map(h -> h.earliestDay().toEpochDay()).orElse(MINUS_INFINITY);
        long heldLast = span.getHeldOn().map(h -> h.latestDay().toEpochDay()).orElse(PLUS_INFINITY);
        List<long[]> out = new ArrayList<>();
        for (long s : starts) {
            for (long e : ends) {
                // valid, and some day of the held-on unit lies in s..e
                if (s <= e && Math.max(s, heldFirst) <= Math.min(e, heldLast)) {
                    out.add(new long[] {s, e});
                }
            }
        }
        return out;
    }

    private static boolean handsOver(Span out, Span in) {
        return out.getPeriod().getEnd().isPresent() && in.getPeriod().getStart().isPresent()
                && out.getPeriod().getEnd().get().equals(in.getPeriod().getStart().get());
    }

    /** Tallies of one relation over the enumerated refinements. */
    private static final class Tally {
        boolean someHold;
        boolean someFail;

        void add(boolean holds) {
            if (holds) {
                someHold = true;
            } else {
                someFail = true;
            }
        }

        Answer answer() {
            if (!someHold) {
                return Answer.NO;
            }
            return someFail ? Answer.MAYBE : Answer.YES;
        }
    }

    private static Tally[] tallies(int n) {
        Tally[] t = new Tally[n];
        for (int i = 0; i < n; i++) {
            t[i] = new Tally();
        }
        return t;
    }

    private static final String[] PAIR_RELATIONS = {"a.overlaps(b)", "b.overlaps(a)", "a.touches(b)",
        "b.touches(a)", "a.isBefore(b)", "a.isAfter(b)", "a.leavesGapBefore(b)", "b.leavesGapBefore(a)",
        "a.contains(b)", "b.contains(a)", "a.intersects(b)"};

    private static Answer[] implementation(Span a, Span b) {
        return new Answer[] {a.overlaps(b), b.overlaps(a), a.touches(b), b.touches(a), a.isBefore(b),
            a.isAfter(b), a.leavesGapBefore(b), b.leavesGapBefore(a), a.contains(b), b.contains(a),
            a.intersects(b)};
    }

    private static Answer[] oracle(Span a, Span b) {
        TreeSet<Long> pool = pool(List.of(a, b), List.of(), List.of());
        List<long[]> ra = refinements(a, pool);
        List<long[]> rb = refinements(b, pool);
        boolean ab = handsOver(a, b);
        boolean ba = handsOver(b, a);
        boolean tieAb = ab && !ba;
        boolean tieBa = ba && !ab;
        Tally[] t = tallies(PAIR_RELATIONS.length);
        for (long[] x : ra) {
            long s1 = x[0];
            long e1 = x[1];
            for (long[] y : rb) {
                long s2 = y[0];
                long e2 = y[1];
                // intersects reads no hand-over: every pair of refinements counts
                t[10].add(Math.max(s1, s2) <= Math.min(e1, e2));
                if ((tieAb && e1 != s2) || (tieBa && e2 != s1)) {
                    continue;
                }
                boolean tied = tieAb || tieBa;
                t[0].add(!tied && Math.max(s1, s2) <= Math.min(e1, e2));
                t[1].add(!tied && Math.max(s1, s2) <= Math.min(e1, e2));
                boolean touch = e1 == s2 || e1 + 1 == s2 || e2 == s1 || e2 + 1 == s1;
                t[2].add(touch);
                t[3].add(touch);
                t[4].add(e1 < s2);
                t[5].add(e2 < s1);
                t[6].add(s2 - e1 >= 2);
                t[7].add(s1 - e2 >= 2);
                t[8].add(s1 <= s2 && e2 <= e1);
                t[9].add(s2 <= s1 && e1 <= e2);
            }
        }
        Answer[] answers = new Answer[t.length];
        for (int i = 0; i < t.length; i++) {
            answers[i] = t[i].answer();
        }
        return answers;
    }

    // ---- properties: relations against the oracle ----------------------------------------------

    @Test
    void everyRelationBetweenTwoSpansAgreesWithTheBruteForceOracle() {
        Map<String, Map<Answer, AtomicInteger>> answers = new LinkedHashMap<>();
        for (String relation : PAIR_RELATIONS) {
            Map<Answer, AtomicInteger> counts = new EnumMap<>(Answer.class);
            for (Answer answer : Answer.values()) {
                counts.put(answer, new AtomicInteger());
            }
            answers.put(relation, counts);
        }
        AtomicInteger cases = new AtomicInteger();
        AtomicInteger handOvers = new AtomicInteger();
        qt().withExamples(4000).forAll(pairs()).checkAssert(pair -> {
            Span a = pair.get(0);
            Span b = pair.get(1);
            Answer[] actual = implementation(a, b);
            Answer[] expected = oracle(a, b);
            for (int i = 0; i < actual.length; i++) {
                assertThat(actual[i]).as("%s for a=%s, b=%s", PAIR_RELATIONS[i], a, b).isEqualTo(expected[i]);
                answers.get(PAIR_RELATIONS[i]).get(actual[i]).incrementAndGet();
            }
            cases.incrementAndGet();
            if (handsOver(a, b) != handsOver(b, a)) {
                handOvers.incrementAndGet();
            }
        });
        // the generator must reach every answer of every relation, and hand-overs, often enough
        assertThat(cases.get()).as("distinct pairs checked").isGreaterThan(2_000);
        answers.forEach((relation, counts) -> counts.forEach((answer, count) ->
                assertThat(count.get()).as("%s answered %s", relation, answer).isGreaterThanOrEqualTo(5)));
        assertThat(handOvers.get()).as("hand-overs of %d pairs", cases.get()).isGreaterThanOrEqualTo(cases.get() / 10);
    }

    @Test
    void periodRelationsAreThoseOfTheirSpans() {
        qt().withExamples(500).forAll(periods(), periods())
                .checkAssert(TimePropertiesTest::periodRelationsAreThoseOfTheirSpans);
    }

    private static void periodRelationsAreThoseOfTheirSpans(Period a, Period b) {
        Span sa = Span.of(a);
        Span sb = Span.of(b);
        assertThat(a.overlaps(b)).isEqualTo(sa.overlaps(sb));
        assertThat(a.touches(b)).isEqualTo(sa.touches(sb));
        assertThat(a.isBefore(b)).isEqualTo(sa.isBefore(sb));
        assertThat(a.isAfter(b)).isEqualTo(sa.isAfter(sb));
        assertThat(a.leavesGapBefore(b)).isEqualTo(sa.leavesGapBefore(sb));
        assertThat(a.contains(b)).isEqualTo(sa.contains(sb));
    }

    @Test
    void containmentOfADayOrDateAgreesWithTheBruteForceOracle() {
        qt().withExamples(4000).forAll(spans(), dates(), days())
                .checkAssert(TimePropertiesTest::containmentOfADayOrDateAgreesWithTheBruteForceOracle);
    }

    private static void containmentOfADayOrDateAgreesWithTheBruteForceOracle(Span span,
            PartialDate date, LocalDate day) {
        long dayNumber = day.toEpochDay();
        TreeSet<Long> pool = pool(List.of(span), List.of(date), List.of(dayNumber));
        List<long[]> refinements = refinements(span, pool);
        TreeSet<Long> dateDays = unitCandidates(date, pool);
        Tally ofDay = new Tally();
        Tally ofDate = new Tally();
        for (long[] r : refinements) {
            ofDay.add(r[0] <= dayNumber && dayNumber <= r[1]);
            for (long x : dateDays) {
                ofDate.add(r[0] <= x && x <= r[1]);
            }
        }
        assertThat(span.contains(day)).as("%s contains %s", span, day).isEqualTo(ofDay.answer());
        assertThat(span.contains(date)).as("%s contains %s", span, date).isEqualTo(ofDate.answer());
        if (span.getHeldOn().isEmpty()) {
            assertThat(span.getPeriod().contains(day)).isEqualTo(span.contains(day));
            assertThat(span.getPeriod().contains(date)).isEqualTo(span.contains(date));
        }
    }

    private static Gen<LocalDate> days() {
        long from = LocalDate.of(2009, 6, 1).toEpochDay();
        long to = LocalDate.of(2014, 6, 30).toEpochDay();
        return longs(from, to).map(LocalDate::ofEpochDay);
    }

    @Test
    void aPeriodIsReversedExactlyWhenItHasNoValidRefinement() {
        qt().withExamples(1000).forAll(periods())
                .checkAssert(TimePropertiesTest::aPeriodIsReversedExactlyWhenItHasNoValidRefinement);
    }

    private static void aPeriodIsReversedExactlyWhenItHasNoValidRefinement(Period period) {
        boolean someValid = !refinements(Span.of(period), pool(List.of(Span.of(period)), List.of(), List.of())).isEmpty();
        assertThat(period.isReversed()).as("%s reversed", period).isEqualTo(Answer.of(!someValid));
        assertThat(Span.of(period).isSatisfiable()).isEqualTo(someValid);
    }

    @Test
    void orderOfPartialDatesAgreesWithEveryPairOfTheirDays() {
        qt().withExamples(300).forAll(dates(), dates())
                .checkAssert(TimePropertiesTest::orderOfPartialDatesAgreesWithEveryPairOfTheirDays);
    }

    private static void orderOfPartialDatesAgreesWithEveryPairOfTheirDays(PartialDate a, PartialDate b) {
        Tally before = new Tally();
        Tally after = new Tally();
        for (LocalDate x = a.earliestDay(); !x.isAfter(a.latestDay()); x = x.plusDays(1)) {
            for (LocalDate y = b.earliestDay(); !y.isAfter(b.latestDay()); y = y.plusDays(1)) {
                before.add(x.isBefore(y));
                after.add(x.isAfter(y));
            }
        }
        assertThat(a.isBefore(b)).as("%s before %s", a, b).isEqualTo(before.answer());
        assertThat(a.isAfter(b)).as("%s after %s", a, b).isEqualTo(after.answer());
        boolean allDaysInside = !b.earliestDay().isBefore(a.earliestDay()) && !b.latestDay().isAfter(a.latestDay());
        assertThat(a.encloses(b)).isEqualTo(allDaysInside);
    }

    @Test
    void partialDateContainsExactlyItsOwnDays() {
        qt().withExamples(1000).forAll(dates(), days())
                .checkAssert(TimePropertiesTest::partialDateContainsExactlyItsOwnDays);
    }

    private static void partialDateContainsExactlyItsOwnDays(PartialDate date, LocalDate day) {
        boolean inside = !day.isBefore(date.earliestDay()) && !day.isAfter(date.latestDay());
        assertThat(date.contains(day)).isEqualTo(Answer.of(inside));
        LocalDate first = date.earliestDay();
        LocalDate last = date.latestDay();
        assertThat(first.getYear()).isEqualTo(date.getYear());
        assertThat(last.getYear()).isEqualTo(date.getYear());
        assertThat(first.getMonthValue()).isEqualTo(date.getMonth().orElse(1));
        assertThat(last.getMonthValue()).isEqualTo(date.getMonth().orElse(12));
        assertThat(first.getDayOfMonth()).isEqualTo(date.getDay().orElse(1));
        assertThat(last.getDayOfMonth()).isEqualTo(date.getDay().orElse(last.lengthOfMonth()));
    }

    // ---- properties: text and order ---------------------------------------------------------

    private static Gen<PartialDate> anyDates() {
        // The first and last years the format allows, often: the four-digit text is tightest there.
        Gen<Integer> years = withEdgeCases(ints(1, 9999), 1, 9999);
        Gen<Integer> months = ints(1, 12);
        Gen<Integer> days = ints(1, 31);
        Gen<Precision> precisions = enums(Precision.class);
        return years.zip(months, days, precisions, (y, m, d, precision) -> {
            switch (precision) {
                case YEAR:
                    return PartialDate.ofYear(y);
                case MONTH:
                    return PartialDate.ofYearMonth(y, m);
                default:
                    return PartialDate.of(y, m, Math.min(d, YearMonth.of(y, m).lengthOfMonth()));
            }
        });
    }

    @Test
    void partialDateTextRoundTrips() {
        qt().withExamples(1000).forAll(anyDates())
                .checkAssert(TimePropertiesTest::partialDateTextRoundTrips);
    }

    private static void partialDateTextRoundTrips(PartialDate date) {
        assertThat(PartialDate.parse(date.toString())).isEqualTo(date);
        assertThat(date.toString()).matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
    }

    @Test
    void periodTextRoundTrips() {
        qt().withExamples(1000).forAll(periods())
                .checkAssert(TimePropertiesTest::periodTextRoundTrips);
    }

    private static void periodTextRoundTrips(Period period) {
        assertThat(Period.parse(period.toString())).isEqualTo(period).hasSameHashCodeAs(period);
    }

    @Test
    void compareToIsConsistentWithEqualsAndAntisymmetric() {
        qt().withExamples(1000).forAll(dates(), dates())
                .checkAssert(TimePropertiesTest::compareToIsConsistentWithEqualsAndAntisymmetric);
    }

    private static void compareToIsConsistentWithEqualsAndAntisymmetric(PartialDate a, PartialDate b) {
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
        if (a.earliestDay().isBefore(b.earliestDay())) {
            assertThat(a.compareTo(b)).isNegative();
        }
        if (a.equals(b)) {
            assertThat(a.hashCode()).isEqualTo(b.hashCode());
        }
    }

    // ---- properties: three-valued logic -----------------------------------------------------

    private static int rank(Answer x) {
        return x == Answer.NO ? 0 : x == Answer.MAYBE ? 1 : 2;
    }

    @Test
    void kleeneConnectivesObeyTheirLaws() {
        qt().withExamples(1000).forAll(enums(Answer.class), enums(Answer.class), enums(Answer.class))
                .checkAssert(TimePropertiesTest::kleeneConnectivesObeyTheirLaws);
    }

    private static void kleeneConnectivesObeyTheirLaws(Answer a, Answer b, Answer c) {
        assertThat(a.and(b)).isEqualTo(b.and(a));
        assertThat(a.or(b)).isEqualTo(b.or(a));
        assertThat(a.and(b.and(c))).isEqualTo(a.and(b).and(c));
        assertThat(a.or(b.or(c))).isEqualTo(a.or(b).or(c));
        assertThat(a.and(b).not()).isEqualTo(a.not().or(b.not()));
        assertThat(a.or(b).not()).isEqualTo(a.not().and(b.not()));
        assertThat(a.not().not()).isEqualTo(a);
        assertThat(a.and(Answer.YES)).isEqualTo(a);
        assertThat(a.or(Answer.NO)).isEqualTo(a);
        assertThat(a.and(b.or(c))).isEqualTo(a.and(b).or(a.and(c)));
        assertThat(rank(a.and(b))).isEqualTo(Math.min(rank(a), rank(b)));
        assertThat(rank(a.or(b))).isEqualTo(Math.max(rank(a), rank(b)));
        assertThat(a.isPossible()).isEqualTo(a.isYes() || a.isMaybe());
    }

    @Test
    void kleeneConnectivesAgreeWithBooleanLogicOnDefiniteAnswers() {
        qt().withExamples(1000).forAll(booleans(), booleans())
                .checkAssert(TimePropertiesTest::kleeneConnectivesAgreeWithBooleanLogicOnDefiniteAnswers);
    }

    private static void kleeneConnectivesAgreeWithBooleanLogicOnDefiniteAnswers(boolean x, boolean y) {
        assertThat(Answer.of(x).and(Answer.of(y))).isEqualTo(Answer.of(x && y));
        assertThat(Answer.of(x).or(Answer.of(y))).isEqualTo(Answer.of(x || y));
        assertThat(Answer.of(x).not()).isEqualTo(Answer.of(!x));
    }
}
