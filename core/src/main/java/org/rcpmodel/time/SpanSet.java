package org.rcpmodel.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * A set of spans (the records of one participant, say) that answers the questions asked of several
 * records at once: does some span hold on a date ({@link #covers(PartialDate)}), does some span hold
 * at some time during a window ({@link #meets(Span)}).
 *
 * <p><b>Contract.</b> Every answer equals the fold with {@link Answer#or} of the pairwise
 * {@link Span} relation over the spans of the set: {@code covers(date)} is
 * {@code s1.contains(date).or(s2.contains(date)).or(...)}, {@code meets(w)} is the fold of
 * {@code s.intersects(w)}; the empty set answers {@code NO}. The pairwise relations are those of
 * the refinement semantics documented on {@link Span}, so each span is read independently: a date is
 * surely covered when one span surely holds on it. This is the one definition of "holds on a date"
 * that the queries ({@code ProcessQuery}) and the rules of validation share.
 *
 * <p>The set is indexed once (two sorts) and each question takes O(log n) time without allocation,
 * where the fold takes O(n). A span without refinement takes part in no relation and is left out.
 *
 * <p>Immutable and thread-safe. Methods reject null arguments with a {@link NullPointerException}.
 */
public final class SpanSet {

    private static final SpanSet EMPTY = new SpanSet(List.of());

    private final int size;
    /** Satisfiable spans by latest start, with the running maximum of their earliest ends. */
    private final long[] byLatestStart;
    private final long[] earliestEndUpTo;
    /** Satisfiable spans by earliest start, with the running maximum of their latest ends. */
    private final long[] byEarliestStart;
    private final long[] latestEndUpTo;
    /** The spans as given, for {@link #forEachWithinWidestOf}. */
    private final List<Span> spans;
    /** Built on first use of forEachWithinWidestOf: positions of the live spans by earliest start. */
    private volatile int[] positionsByEarliestStart;

    private SpanSet(List<Span> spans) {
        this.spans = spans;
        List<Span> live = new ArrayList<>(spans.size());
        for (Span s : spans) {
            if (s.isSatisfiable()) {
                live.add(s);
            }
        }
        this.size = spans.size();
        int n = live.size();
        byLatestStart = new long[n];
        earliestEndUpTo = new long[n];
        byEarliestStart = new long[n];
        latestEndUpTo = new long[n];
        Span[] sorted = live.toArray(new Span[0]);
        Arrays.sort(sorted, (a, b) -> Long.compare(a.latestStartDay(), b.latestStartDay()));
        for (int i = 0; i < n; i++) {
            byLatestStart[i] = sorted[i].latestStartDay();
            earliestEndUpTo[i] = Math.max(i > 0 ? earliestEndUpTo[i - 1] : Long.MIN_VALUE, sorted[i].earliestEndDay());
        }
        Arrays.sort(sorted, (a, b) -> Long.compare(a.earliestStartDay(), b.earliestStartDay()));
        for (int i = 0; i < n; i++) {
            byEarliestStart[i] = sorted[i].earliestStartDay();
            latestEndUpTo[i] = Math.max(i > 0 ? latestEndUpTo[i - 1] : Long.MIN_VALUE, sorted[i].latestEndDay());
        }
    }

    /**
     * Obtains the set of the given spans.
     *
     * @param spans the spans, not null, no null element; copied (later changes to the collection are
     *     not seen)
     * @return the set, not null
     * @throws NullPointerException if {@code spans} or an element is null
     */
    public static SpanSet of(Collection<Span> spans) {
        Objects.requireNonNull(spans, "spans");
        for (Span s : spans) {
            Objects.requireNonNull(s, "spans contains null");
        }
        return spans.isEmpty() ? EMPTY : new SpanSet(List.copyOf(spans));
    }

    /**
     * Returns the number of spans given, with or without refinement.
     *
     * @return the size, at least 0
     */
    public int size() {
        return size;
    }

    /**
     * Tells whether some span holds on the day the date stands for: the fold of
     * {@link Span#contains(PartialDate)}.
     *
     * @param date the date, not null
     * @return YES if some span surely holds on it, MAYBE if some span may, NO otherwise
     * @throws NullPointerException if {@code date} is null
     */
    public Answer covers(PartialDate date) {
        Objects.requireNonNull(date, "date");
        return coversDays(date.relationLow(), date.relationHigh());
    }

    /**
     * Tells whether some span holds on a day: the fold of {@link Span#contains(LocalDate)}.
     *
     * @param day the day, not null
     * @return YES, NO or MAYBE, as {@link #covers(PartialDate)}
     * @throws NullPointerException if {@code day} is null
     */
    public Answer covers(LocalDate day) {
        Objects.requireNonNull(day, "day");
        long d = day.toEpochDay();
        return coversDays(d, d);
    }

    /**
     * Tells whether some span holds at some time during a window: the fold of
     * {@link Span#intersects(Span)} (no hand-over reading: a span that ends in the unit the window
     * starts in may hold in the window).
     *
     * @param window the window, not null
     * @return YES if some span surely shares a day with it, MAYBE if some span may, NO otherwise (NO
     *     for a window without refinement)
     * @throws NullPointerException if {@code window} is null
     */
    public Answer meets(Span window) {
        Objects.requireNonNull(window, "window");
        if (!window.isSatisfiable()) {
            return Answer.NO;
        }
        // s.intersects(w) is YES exactly when s.sHi <= w.eLo and s.eLo >= w.sHi, some refinement
        // shares a day when s.sLo <= w.eHi and s.eHi >= w.sLo.
        return answer(window.earliestEndDay(), window.latestStartDay(), window.latestEndDay(),
                window.earliestStartDay());
    }

    /**
     * Calls {@code action} with the position (in the collection given to {@link #of}) of each span
     * that has a refinement and {@linkplain Span#liesWithinWidestOf lies within the widest reading}
     * of the window, in order of earliest possible start, ties in the order given: exactly the
     * positions {@code i} for which {@code s.isSatisfiable() && s.liesWithinWidestOf(window)}. Only
     * the spans that may start within the window are looked at.
     *
     * @param window the window, not null
     * @param action what to do with each position, not null
     * @throws NullPointerException if an argument is null
     */
    public void forEachWithinWidestOf(Span window, IntConsumer action) {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(action, "action");
        int[] positions = positionsByEarliestStart;
        if (positions == null) {
            positions = byEarliestStart();
            positionsByEarliestStart = positions;
        }
        int low = 0;
        int high = positions.length;
        while (low < high) { // the first position that may start no earlier than the window
            int mid = (low + high) >>> 1;
            if (spans.get(positions[mid]).earliestStartDay() < window.earliestStartDay()) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        for (int x = low; x < positions.length && spans.get(positions[x]).earliestStartDay() <= window.latestEndDay(); x++) {
            if (spans.get(positions[x]).latestEndDay() <= window.latestEndDay()) {
                action.accept(positions[x]);
            }
        }
    }

    private int[] byEarliestStart() {
        List<Integer> live = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            if (spans.get(i).isSatisfiable()) {
                live.add(i);
            }
        }
        live.sort((a, b) -> Span.BY_EARLIEST_START.compare(spans.get(a), spans.get(b)));
        int[] positions = new int[live.size()];
        for (int x = 0; x < positions.length; x++) {
            positions[x] = live.get(x);
        }
        return positions;
    }

    /** Span.contains over days [lo, hi]: YES when sHi <= lo and eLo >= hi, possible when sLo <= hi and eHi >= lo. */
    private Answer coversDays(long lo, long hi) {
        return answer(lo, hi, hi, lo);
    }

    /**
     * YES when some span has latest start at most {@code sureStart} and earliest end at least
     * {@code sureEnd}; MAYBE when some span has earliest start at most {@code possibleStart} and
     * latest end at least {@code possibleEnd}; NO otherwise.
     */
    private Answer answer(long sureStart, long sureEnd, long possibleStart, long possibleEnd) {
        int upTo = lastAtMost(byLatestStart, sureStart);
        if (upTo >= 0 && earliestEndUpTo[upTo] >= sureEnd) {
            return Answer.YES;
        }
        int possible = lastAtMost(byEarliestStart, possibleStart);
        return possible >= 0 && latestEndUpTo[possible] >= possibleEnd ? Answer.MAYBE : Answer.NO;
    }

    /** The index of the last element not greater than {@code key} in a sorted array, or -1 (shared with {@link Tenure}). */
    static int lastAtMost(long[] sorted, long key) {
        int low = 0;
        int high = sorted.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] <= key) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return high;
    }
}
