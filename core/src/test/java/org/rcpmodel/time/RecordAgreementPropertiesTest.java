package org.rcpmodel.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import org.rcpmodel.time.Period.BoundKind;

/**
 * {@link Span#refines} and {@link Span#agreesWith} checked against a brute-force oracle that
 * enumerates refinements over the days where a witness can lie: each unit's first and last day and
 * their neighbours, plus far days standing for any unrecorded day. Refines holds when every
 * enumerated refinement of one span is one of the other; agrees when some refinement belongs to
 * both.
 */
class RecordAgreementPropertiesTest {

    private static final long MINUS_INFINITY = -1_000_000_000_000L;
    private static final long PLUS_INFINITY = 1_000_000_000_000L;
    private static final long FAR_PAST = java.time.LocalDate.of(1900, 1, 1).toEpochDay();
    private static final long FAR_FUTURE = java.time.LocalDate.of(2100, 12, 31).toEpochDay();

    private static Gen<PartialDate> dates() {
        return SourceDSL.integers().between(2010, 2012).zip(SourceDSL.integers().between(0, 13),
                SourceDSL.integers().between(0, 31), (y, m, d) -> {
                    if (m == 0) {
                        return PartialDate.ofYear(y);
                    }
                    int month = Math.min(m, 12);
                    if (d == 0) {
                        return PartialDate.ofYearMonth(y, month);
                    }
                    int length = java.time.YearMonth.of(y, month).lengthOfMonth();
                    return PartialDate.of(y, month, Math.min(d, length));
                });
    }

    private static BoundKind kind(int pick) {
        return pick < 6 ? BoundKind.KNOWN : pick < 8 ? BoundKind.OPEN : BoundKind.UNKNOWN;
    }

    private static Gen<Span> spans() {
        Gen<Period> periods = SourceDSL.integers().between(0, 9).zip(dates(), SourceDSL.integers().between(0, 9), dates(),
                (sk, s, ek, e) -> {
                    BoundKind startKind = kind(sk);
                    BoundKind endKind = kind(ek);
                    PartialDate start = startKind == BoundKind.KNOWN ? s : null;
                    PartialDate end = endKind == BoundKind.KNOWN ? e : null;
                    if (start != null && end != null && start.compareTo(end) > 0 && sk % 2 == 0) {
                        PartialDate swap = start;
                        start = end;
                        end = swap;
                    }
                    return Period.of(startKind, start, endKind, end);
                });
        return periods.zip(dates(), SourceDSL.integers().between(0, 9),
                (p, h, pick) -> pick < 3 ? Span.of(p, h) : Span.of(p));
    }

    /** Pairs biased towards one refining the other: shared ends, coarser units of the same days. */
    private static Gen<Span[]> pairs() {
        return spans().zip(spans(), SourceDSL.integers().between(0, 5), (a, b, pick) -> {
            Period pa = a.getPeriod();
            if (pick == 0) {
                return new Span[] {a, Span.of(coarser(pa))};
            }
            if (pick == 1) {
                return new Span[] {Span.of(coarser(pa)), a};
            }
            if (pick == 2) {
                return new Span[] {a, a};
            }
            return new Span[] {a, b};
        });
    }

    private static Period coarser(Period p) {
        return Period.of(p.getStartKind(), p.getStart().map(RecordAgreementPropertiesTest::year).orElse(null),
                p.getEndKind(), p.getEnd().map(RecordAgreementPropertiesTest::year).orElse(null));
    }

    private static PartialDate year(PartialDate d) {
        return PartialDate.ofYear(d.getYear());
    }

    private static void addUnit(Set<Long> pool, PartialDate date) {
        if (date != null) {
            long first = date.earliestDay().toEpochDay();
            long last = date.latestDay().toEpochDay();
            for (long d = -1; d <= 1; d++) {
                pool.add(first + d);
                pool.add(last + d);
            }
        }
    }

    private static TreeSet<Long> pool(Span... spans) {
        TreeSet<Long> pool = new TreeSet<>();
        for (long d = -1; d <= 1; d++) {
            pool.add(FAR_PAST + d);
            pool.add(FAR_FUTURE + d);
        }
        for (Span span : spans) {
            addUnit(pool, span.getPeriod().getStart().orElse(null));
            addUnit(pool, span.getPeriod().getEnd().orElse(null));
            addUnit(pool, span.getHeldOn().orElse(null));
        }
        return pool;
    }

    private static List<Long> candidates(BoundKind kind, PartialDate date, boolean start, TreeSet<Long> pool) {
        return candidates(kind, date, start, pool, false);
    }

    /** With {@code unknownMayBeOpen}, an unknown bound may also be the open one (the reading of agreement). */
    private static List<Long> candidates(BoundKind kind, PartialDate date, boolean start, TreeSet<Long> pool,
            boolean unknownMayBeOpen) {
        switch (kind) {
            case KNOWN:
                return new ArrayList<>(pool.subSet(date.earliestDay().toEpochDay(), true, date.latestDay().toEpochDay(), true));
            case OPEN:
                return List.of(start ? MINUS_INFINITY : PLUS_INFINITY);
            default:
                List<Long> any = new ArrayList<>(pool);
                if (unknownMayBeOpen) {
                    any.add(start ? MINUS_INFINITY : PLUS_INFINITY);
                }
                return any;
        }
    }

    private static Set<List<Long>> refinements(Span span, TreeSet<Long> pool) {
        return refinements(span, pool, false);
    }

    private static Set<List<Long>> refinements(Span span, TreeSet<Long> pool, boolean unknownMayBeOpen) {
        Period p = span.getPeriod();
        long heldFirst = span.getHeldOn().map(h -> h.earliestDay().toEpochDay()).orElse(MINUS_INFINITY);
        long heldLast = span.getHeldOn().map(h -> h.latestDay().toEpochDay()).orElse(PLUS_INFINITY);
        Set<List<Long>> out = new HashSet<>();
        for (long s : candidates(p.getStartKind(), p.getStart().orElse(null), true, pool, unknownMayBeOpen)) {
            for (long e : candidates(p.getEndKind(), p.getEnd().orElse(null), false, pool, unknownMayBeOpen)) {
                if (s <= e && Math.max(s, heldFirst) <= Math.min(e, heldLast)) {
                    out.add(List.of(s, e));
                }
            }
        }
        return out;
    }

    @Test
    void refinesHoldsExactlyWhenEveryRefinementIsOneOfTheOther() {
        qt().withExamples(3000).forAll(pairs()).checkAssert(pair -> {
            TreeSet<Long> pool = pool(pair);
            Set<List<Long>> a = refinements(pair[0], pool);
            Set<List<Long>> b = refinements(pair[1], pool);
            boolean expected = !a.isEmpty() && !b.isEmpty() && b.containsAll(a);
            assertThat(pair[0].refines(pair[1])).as("%s refines %s", pair[0], pair[1]).isEqualTo(expected);
        });
    }

    @Test
    void agreesWithHoldsExactlyWhenSomeRefinementIsShared() {
        qt().withExamples(3000).forAll(pairs()).checkAssert(pair -> {
            TreeSet<Long> pool = pool(pair);
            Set<List<Long>> a = refinements(pair[0], pool, true);
            Set<List<Long>> shared = new HashSet<>(refinements(pair[1], pool, true));
            shared.retainAll(a);
            assertThat(pair[0].agreesWith(pair[1])).as("%s agrees with %s", pair[0], pair[1]).isEqualTo(!shared.isEmpty());
            assertThat(pair[1].agreesWith(pair[0])).isEqualTo(pair[0].agreesWith(pair[1]));
        });
    }

    @Test
    void aRefinementAlwaysAgrees() {
        qt().withExamples(2000).forAll(pairs()).checkAssert(pair -> {
            if (pair[0].refines(pair[1])) {
                assertThat(pair[0].agreesWith(pair[1])).isTrue();
            }
        });
    }

    @Test
    void sourcesGivingATermToTheMonthAndToTheYearAgree() {
        Period unhcr = Period.parse("2013-06/2016-11");
        Period iom = Period.parse("2013/2016");
        assertThat(unhcr.refines(iom)).isTrue();
        assertThat(iom.refines(unhcr)).isFalse();
        assertThat(unhcr.agreesWith(iom)).isTrue();
        assertThat(iom.refines(iom)).isTrue();
    }

    @Test
    void endMonthsThatDifferDoNotAgree() {
        assertThat(Period.parse("2016-10/2018-09").agreesWith(Period.parse("2016-11/2018-11"))).isFalse();
        assertThat(Period.parse("2016-10/2018-09").agreesWith(Period.parse("2016/2018"))).isTrue();
        // A record with no period says nothing against a dated one, also one still running.
        assertThat(Period.parse("/").agreesWith(Period.parse("2006-01/.."))).isTrue();
        assertThat(Period.parse("2006-01/").agreesWith(Period.parse("2006-01/.."))).isTrue();
        assertThat(Period.parse("/2012").agreesWith(Period.parse("../2012"))).isTrue();
        assertThat(Period.parse("2013/").agreesWith(Period.parse("2006-01/.."))).isFalse();
    }

    @Test
    void anOpenEndIsNotARefinementOfAnUnknownEnd() {
        assertThat(Period.parse("2013/..").refines(Period.parse("2013/"))).isFalse();
        assertThat(Period.parse("2013/2014").refines(Period.parse("2013/"))).isTrue();
        assertThat(Period.parse("2013/2014").refines(Period.unknown())).isTrue();
        assertThat(Period.parse("../2014").refines(Period.unknown())).isFalse();
    }

    @Test
    void aReversedPeriodAgreesWithNothing() {
        Period reversed = Period.parse("2016/2013");
        assertThat(reversed.agreesWith(reversed)).isFalse();
        assertThat(reversed.refines(Period.unknown())).isFalse();
    }

    @Test
    void datesAgreeWhenTheirUnitsShareADay() {
        assertThat(PartialDate.parse("1993").agreesWith(PartialDate.parse("1993-05"))).isTrue();
        assertThat(PartialDate.parse("1993-05").refines(PartialDate.parse("1993"))).isTrue();
        assertThat(PartialDate.parse("1993").refines(PartialDate.parse("1993-05"))).isFalse();
        assertThat(PartialDate.parse("1991").agreesWith(PartialDate.parse("1993"))).isFalse();
    }
}
