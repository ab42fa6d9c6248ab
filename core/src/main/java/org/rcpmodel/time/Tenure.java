package org.rcpmodel.time;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The records of one standing (a participant's memberships of a process, say) and the chains they
 * form, answering whether the standing held all through a span ({@link #holdsThroughout}).
 *
 * <p><b>Chains.</b> Records that follow one another without a break cover their union: in order of
 * earliest start (ties in the order given), a record that surely overlaps or surely touches
 * ({@link Span#overlaps}, {@link Span#touches}) the last record of the current chain continues it,
 * and extends it when it reaches at least as far ({@link Span#BY_LATEST_END}); the chain then runs
 * from the chain's first record's start to that record's end. Any other record starts a new chain.
 * After each record past the first, the current chain is one more element of the tenure.
 *
 * <p><b>Contract.</b> When the term and every record have a refinement ({@link Span#isSatisfiable}),
 * {@code holdsThroughout(term)} equals the fold with {@link Answer#or} of
 * {@link Span#isWithin term.isWithin(x)} over the records and the chains (a chain read as a span
 * with its first record's start and its last record's end); an empty tenure answers {@code NO}.
 * A record or term without refinement (a reversed period, a held-on date outside the period, which
 * their own rules report) is read by its day bounds: by the fold up to eight elements, beyond by the
 * index, whose answer may then differ from the fold's.
 *
 * <p>Up to eight elements are asked one by one; beyond, they are indexed once (sorts and maps of
 * the known dates) and each question takes O(log n) time plus a few lookups of the units that
 * enclose the term's known dates.
 *
 * <p>Immutable and thread-safe. Methods reject null arguments with a {@link NullPointerException}.
 */
public final class Tenure {

    /**
     * Up to this many elements are asked one by one: most participants have one or two records, and
     * indexing them would cost more than the questions.
     */
    private static final int ASKED_DIRECTLY = 8;

    private static final Tenure EMPTY = new Tenure(List.of());

    /** The elements themselves when there are few, else null and the indexes below answer. */
    private final List<Stretch> few;
    /** By latest start, with the prefix maxima of the earliest ends. */
    private long[] byLatestStart;
    private long[] earliestEndUpTo;
    /** By earliest start, with the prefix maxima of the latest ends. */
    private long[] byEarliestStart;
    private long[] latestEndUpTo;
    /** By known start date: the greatest earliest end; by known end date: the smallest latest start. */
    private Map<PartialDate, Long> earliestEndByStartDate;
    private Map<PartialDate, Long> latestStartByEndDate;
    private Set<Period> knownPeriods;
    /** Whether some known start or end has unspecified digits, so that the lookups must try such units. */
    private boolean unspecifiedUnits;

    /**
     * Obtains the tenure of the given records and the chains they form.
     *
     * @param records the records' spans, not null, no null element; copied
     * @return the tenure, not null
     * @throws NullPointerException if {@code records} or an element is null
     */
    public static Tenure of(List<Span> records) {
        Objects.requireNonNull(records, "records");
        for (Span s : records) {
            Objects.requireNonNull(s, "records contains null");
        }
        return records.isEmpty() ? EMPTY : new Tenure(elements(records));
    }

    /** The records' stretches, in the order given, then the chains, one after each record past the first. */
    static List<Stretch> elements(List<Span> records) {
        List<Stretch> all = new ArrayList<>(2 * records.size());
        for (Span s : records) {
            all.add(Stretch.of(s));
        }
        if (records.size() > 1) {
            Integer[] order = new Integer[records.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingLong(i -> records.get(i).earliestStartDay()));
            Stretch chain = all.get(order[0]);
            Span chainEnd = records.get(order[0]);
            for (int x = 1; x < order.length; x++) {
                Span next = records.get(order[x]);
                if (chainEnd.overlaps(next) == Answer.YES || chainEnd.touches(next) == Answer.YES) {
                    if (next.latestEndDay() >= chain.endHigh) {
                        chain = chain.through(all.get(order[x]));
                        chainEnd = next;
                    }
                } else {
                    chain = all.get(order[x]);
                    chainEnd = next;
                }
                all.add(chain);
            }
        }
        return all;
    }

    private Tenure(List<Stretch> spans) {
        if (spans.size() <= ASKED_DIRECTLY) {
            few = spans;
            return;
        }
        few = null;
        earliestEndByStartDate = new HashMap<>();
        latestStartByEndDate = new HashMap<>();
        knownPeriods = new HashSet<>();
        List<Stretch> all = new ArrayList<>(spans);
        for (Stretch b : all) {
            unspecifiedUnits |= (b.startDate != null && b.startDate.isUnspecified())
                    || (b.endDate != null && b.endDate.isUnspecified());
            if (b.startDate != null) {
                earliestEndByStartDate.merge(b.startDate, b.endLow, Math::max);
            }
            if (b.endDate != null) {
                latestStartByEndDate.merge(b.endDate, b.startHigh, Math::min);
            }
            if (b.startDate != null && b.endDate != null) {
                knownPeriods.add(Period.of(b.startDate, b.endDate));
            }
        }
        int n = all.size();
        byLatestStart = new long[n];
        earliestEndUpTo = new long[n];
        byEarliestStart = new long[n];
        latestEndUpTo = new long[n];
        all.sort(Comparator.comparingLong(b -> b.startHigh));
        for (int x = 0; x < n; x++) {
            byLatestStart[x] = all.get(x).startHigh;
            earliestEndUpTo[x] = Math.max(x > 0 ? earliestEndUpTo[x - 1] : Long.MIN_VALUE, all.get(x).endLow);
        }
        all.sort(Comparator.comparingLong(b -> b.startLow));
        for (int x = 0; x < n; x++) {
            byEarliestStart[x] = all.get(x).startLow;
            latestEndUpTo[x] = Math.max(x > 0 ? latestEndUpTo[x - 1] : Long.MIN_VALUE, all.get(x).endHigh);
        }
    }

    /**
     * Tells whether the standing held all through the term: the fold of {@link Span#isWithin} over
     * the records and their chains (class description).
     *
     * @param term the term, not null
     * @return YES if some record or chain surely holds all through it, MAYBE if some may, NO otherwise
     * @throws NullPointerException if {@code term} is null
     */
    public Answer holdsThroughout(Span term) {
        Objects.requireNonNull(term, "term");
        Stretch t = Stretch.of(term);
        if (few != null) {
            Answer any = Answer.NO;
            for (int i = 0; i < few.size() && any != Answer.YES; i++) {
                any = any.or(t.within(few.get(i)));
            }
            return any;
        }
        // within(outer) is YES when the outer surely starts no later (or the term's start lies in the
        // unit of the outer's) and surely ends no earlier (or the same for the ends); MAYBE when its
        // earliest start is not after the term's latest start and its latest end not before the
        // term's earliest end.
        return holds(t.startLow, t.startHigh, t.endHigh, t.endLow,
                t.startDate == null ? List.of() : enclosing(t.startDate, unspecifiedUnits),
                t.endDate == null ? List.of() : enclosing(t.endDate, unspecifiedUnits));
    }

    private Answer holds(long startLow, long startHigh, long endHigh, long endLow, List<PartialDate> startUnits,
            List<PartialDate> endUnits) {
        int upTo = SpanSet.lastAtMost(byLatestStart, startLow);
        if (upTo >= 0 && earliestEndUpTo[upTo] >= endHigh) {
            return Answer.YES;
        }
        for (PartialDate unit : startUnits) {
            Long end = earliestEndByStartDate.get(unit);
            if (end != null && end >= endHigh) {
                return Answer.YES;
            }
            for (PartialDate endUnit : endUnits) {
                if (knownPeriods.contains(Period.of(unit, endUnit))) {
                    return Answer.YES;
                }
            }
        }
        for (PartialDate unit : endUnits) {
            Long start = latestStartByEndDate.get(unit);
            if (start != null && start <= startLow) {
                return Answer.YES;
            }
        }
        int possible = SpanSet.lastAtMost(byEarliestStart, startHigh);
        return possible >= 0 && latestEndUpTo[possible] >= endLow ? Answer.MAYBE : Answer.NO;
    }


    /**
     * The date and the coarser plain units that enclose it: 2013-06-05, 2013-06, 2013 (2013-06-XX,
     * 2013-06, 2013; 201X alone). None for a qualified date, which lies in no unit surely
     * ({@link PartialDate#liesInUnitOf}). With {@code unspecified}, also the units with unspecified
     * digits that enclose it (201X, 20XX, 2013-XX, 2013-XX-XX, 2013-06-XX), so that the answer is that
     * of the fold when such units are among the keys.
     */
    private static List<PartialDate> enclosing(PartialDate date, boolean unspecified) {
        if (date.isQualified()) {
            return List.of();
        }
        List<PartialDate> units = new ArrayList<>(unspecified ? 8 : 3);
        units.add(date);
        int yearX = date.getUnspecifiedYearDigits();
        if (yearX == 0 && date.getPrecision() != Precision.YEAR) {
            units.add(PartialDate.ofYear(date.getYear()));
        }
        if (date.getPrecision() == Precision.DAY && date.getMonth().isPresent()) {
            units.add(PartialDate.ofYearMonth(date.getYear(), date.getMonth().getAsInt()));
        }
        if (unspecified) {
            String year = String.format("%04d", date.getYear());
            if (yearX < 1) {
                units.add(PartialDate.parse(year.substring(0, 3) + "X"));
            }
            if (yearX < 2) {
                units.add(PartialDate.parse(year.substring(0, 2) + "XX"));
            }
            if (yearX == 0) {
                units.add(PartialDate.parse(year + "-XX"));
                units.add(PartialDate.parse(year + "-XX-XX"));
                if (date.getMonth().isPresent()) {
                    units.add(PartialDate.parse(year + "-" + String.format("%02d", date.getMonth().getAsInt()) + "-XX"));
                }
            }
        }
        return units;
    }
}
