package org.rcpmodel.time;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.TreeSet;

/**
 * Weighted facts of one succession (the terms of a chair, weighted by their number of chairs) and
 * the question "how many run at once", answered by one sweep in start order.
 *
 * <p><b>Readings.</b> Each fact is read by the day bounds of its span ({@link Span}), or, once
 * {@linkplain #dispute disputed} by other versions, by the hull of its versions: the earliest of the
 * earliest and the latest of the latest days, so that what is sure of the hull is sure in every
 * version. A fact is live when its reading has a refinement.
 *
 * <p><b>Sure run.</b> A live fact surely runs from its latest possible start to its earliest possible
 * end. On the day a known end and a known start share, the start is taken to come after the end
 * (the change happens at one moment of that day), so two facts that meet only there never surely run
 * at once; every other shared day counts.
 *
 * <p><b>Sweep.</b> {@link #sweep} visits facts in {@link #startOrder()}. At each fact {@code x}, the
 * running facts are the facts added so far (live, visited earlier) whose latest possible end is not
 * before {@code x}'s earliest possible start ({@link Sweep#nextLeaving} removes the others);
 * {@link Sweep#surelyRunningWeight} is the largest total weight of added facts that all surely run at
 * one moment at which {@code x} surely runs. Both equal their quadratic definitions over the facts
 * added so far (checked by a property test against a naive count).
 *
 * <p>Not thread-safe; mutable until the first sweep ({@link #dispute}), then read only.
 */
public final class Concurrency {

    private final Stretch[] readings;
    private final int[] weights;

    private Concurrency(List<Span> spans, int[] weights) {
        this.readings = new Stretch[spans.size()];
        for (int i = 0; i < readings.length; i++) {
            readings[i] = Stretch.of(spans.get(i));
        }
        this.weights = weights.clone();
    }

    /**
     * Obtains the facts of the given spans and weights, fact {@code i} being {@code spans.get(i)} of
     * weight {@code weights[i]}.
     *
     * @param spans the spans, not null, no null element
     * @param weights the weights, not null, as many as spans, each at least 0; copied
     * @return the facts, not null
     * @throws NullPointerException if an argument or element is null
     * @throws IllegalArgumentException if the lengths differ or a weight is negative
     */
    public static Concurrency of(List<Span> spans, int[] weights) {
        Objects.requireNonNull(spans, "spans");
        Objects.requireNonNull(weights, "weights");
        if (spans.size() != weights.length) {
            throw new IllegalArgumentException(spans.size() + " spans but " + weights.length + " weights");
        }
        for (int i = 0; i < weights.length; i++) {
            Objects.requireNonNull(spans.get(i), "spans contains null");
            if (weights[i] < 0) {
                throw new IllegalArgumentException("weight " + i + " is negative: " + weights[i]);
            }
        }
        return new Concurrency(spans, weights);
    }

    /**
     * Widens the reading of a fact by another version of it: the reading becomes the hull of the two
     * (class description). The known dates the sure run looks at stay the fact's own.
     *
     * @param fact the fact's index
     * @param version the other version's span, not null
     * @throws NullPointerException if {@code version} is null
     * @throws IndexOutOfBoundsException if {@code fact} is not an index of the facts
     */
    public void dispute(int fact, Span version) {
        Objects.requireNonNull(version, "version");
        readings[fact] = readings[fact].hull(Stretch.of(version));
    }

    /**
     * Returns the order of the sweep: by earliest possible start of the readings, then latest possible
     * start, then index.
     *
     * @return a comparator of fact indexes, not null
     */
    public Comparator<Integer> startOrder() {
        return (a, b) -> {
            Stretch x = readings[a];
            Stretch y = readings[b];
            int c = Long.compare(x.startLow, y.startLow);
            if (c == 0) {
                c = Long.compare(x.startHigh, y.startHigh);
            }
            return c != 0 ? c : Integer.compare(a, b);
        };
    }

    /**
     * Tells whether a fact's reading has a refinement.
     *
     * @param fact the fact's index
     * @return true if it is live
     * @throws IndexOutOfBoundsException if {@code fact} is not an index of the facts
     */
    public boolean isLive(int fact) {
        return readings[fact].isLive();
    }

    /**
     * Tells whether one fact's reading may end at least as late as another's.
     *
     * @param fact the fact's index
     * @param other the other fact's index
     * @return true if the latest possible end of {@code fact} is not before that of {@code other}
     * @throws IndexOutOfBoundsException if an index is not one of the facts
     */
    public boolean reachesAtLeastAsFar(int fact, int other) {
        return readings[fact].endHigh >= readings[other].endHigh;
    }

    /**
     * Starts a sweep over the given facts, which must be in {@link #startOrder()}. The sweep refers to
     * them by their position in {@code order}.
     *
     * @param order the facts' indexes in start order, not null; not copied, so not to be changed
     *     during the sweep
     * @return the sweep, not null
     * @throws NullPointerException if {@code order} is null
     */
    public Sweep sweep(List<Integer> order) {
        return new Sweep(Objects.requireNonNull(order, "order"));
    }

    /**
     * One pass over facts in start order; see the class description. Positions are those in the order
     * the sweep was started with. Not thread-safe.
     */
    public final class Sweep {

        private final List<Integer> order;
        private final long[] coreStart;
        private final long[] coreEnd;
        private final RangeTree surely;
        private final PriorityQueue<Integer> byEnd;
        private final TreeSet<Integer> running = new TreeSet<>();
        private final NavigableSet<Integer> runningView = Collections.unmodifiableNavigableSet(running);
        private long runningWeight;

        private Sweep(List<Integer> order) {
            this.order = order;
            int n = order.size();
            coreStart = new long[n];
            coreEnd = new long[n];
            long[] points = new long[2 * n];
            for (int x = 0; x < n; x++) {
                Stretch b = readings[order.get(x)];
                // Doubled days: a known start sits after, a known end before the half-day between.
                coreStart[x] = 2 * b.startHigh + (b.startKind == Period.BoundKind.KNOWN ? 1 : 0);
                coreEnd[x] = 2 * b.endLow + (b.endKind == Period.BoundKind.KNOWN ? 0 : 1);
                points[2 * x] = coreStart[x];
                points[2 * x + 1] = coreEnd[x];
            }
            surely = new RangeTree(points);
            byEnd = new PriorityQueue<>(Comparator.comparingLong((Integer x) -> readings[order.get(x)].endHigh));
        }

        /**
         * Removes one running fact that surely ends before the fact at {@code position} may start, if
         * any; call until it answers -1 before asking about that fact.
         *
         * @param position the position of the fact about to be asked about
         * @return the position of the removed fact, or -1 if no running fact ends before
         */
        public int nextLeaving(int position) {
            long start = readings[order.get(position)].startLow;
            if (byEnd.isEmpty() || readings[order.get(byEnd.peek())].endHigh >= start) {
                return -1;
            }
            int gone = byEnd.poll();
            running.remove(gone);
            runningWeight -= weights[order.get(gone)];
            return gone;
        }

        /**
         * Returns the positions of the running facts, in start order.
         *
         * @return an unmodifiable view, not null, that follows the sweep
         */
        public NavigableSet<Integer> running() {
            return runningView;
        }

        /**
         * Returns the total weight of the running facts.
         *
         * @return the weight, at least 0
         */
        public long runningWeight() {
            return runningWeight;
        }

        /**
         * Returns the largest total weight of added facts that all surely run at one moment at which
         * the fact at {@code position} surely runs (class description). A fact that surely runs at no
         * moment (a term of one unit, such as {@code 2016}, may start on its last day and end on its
         * first) counts what surely runs all the way from its earliest end to its latest start: the
         * smallest total at the moments there where some fact's sure run starts or ends.
         *
         * @param position the position of a live fact
         * @return the weight, 0 if none
         */
        public long surelyRunningWeight(int position) {
            return coreStart[position] <= coreEnd[position] ? surely.max(coreStart[position], coreEnd[position])
                    : surely.min(coreEnd[position], coreStart[position]);
        }

        /**
         * Adds the live fact at {@code position} to the running facts, after it has been asked about.
         *
         * @param position the position of a live fact
         */
        public void add(int position) {
            byEnd.add(position);
            running.add(position);
            runningWeight += weights[order.get(position)];
            if (coreStart[position] <= coreEnd[position]) {
                surely.add(coreStart[position], coreEnd[position], weights[order.get(position)]);
            }
        }
    }
}
