package org.rcpmodel.time;

import java.util.Arrays;

/**
 * A segment tree over a fixed, sorted set of coordinates that adds a weight to a range of them and
 * answers the largest and the smallest total at any coordinate of a range, each in O(log n): the
 * running "how many surely run at that moment" counts of {@link Concurrency}.
 *
 * <p>Not thread-safe; mutable.
 */
final class RangeTree {

    private final long[] coordinates;
    private final long[] max;
    private final long[] min;
    private final long[] pending;
    private final int size;

    /**
     * @param coordinates the points queries and updates refer to; copied, sorted and de-duplicated
     */
    RangeTree(long[] coordinates) {
        long[] sorted = coordinates.clone();
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        this.coordinates = Arrays.copyOf(sorted, distinct);
        this.size = Math.max(1, distinct);
        this.max = new long[4 * size];
        this.min = new long[4 * size];
        this.pending = new long[4 * size];
    }

    /** Adds {@code weight} at every coordinate in [from, to]; nothing when the range holds none. */
    void add(long from, long to, long weight) {
        int lo = lowIndex(from);
        int hi = highIndex(to);
        if (lo <= hi) {
            add(1, 0, size - 1, lo, hi, weight);
        }
    }

    /** The largest total at a coordinate in [from, to], or 0 when the range holds no coordinate. */
    long max(long from, long to) {
        int lo = lowIndex(from);
        int hi = highIndex(to);
        return lo <= hi ? query(1, 0, size - 1, lo, hi, true) : 0;
    }

    /** The smallest total at a coordinate in [from, to], or 0 when the range holds no coordinate. */
    long min(long from, long to) {
        int lo = lowIndex(from);
        int hi = highIndex(to);
        return lo <= hi ? query(1, 0, size - 1, lo, hi, false) : 0;
    }

    private int lowIndex(long from) {
        int i = Arrays.binarySearch(coordinates, from);
        return i >= 0 ? i : -i - 1;
    }

    private int highIndex(long to) {
        int i = Arrays.binarySearch(coordinates, to);
        return i >= 0 ? i : -i - 2;
    }

    private void add(int node, int left, int right, int lo, int hi, long weight) {
        if (lo <= left && right <= hi) {
            max[node] += weight;
            min[node] += weight;
            pending[node] += weight;
            return;
        }
        push(node);
        int mid = (left + right) >>> 1;
        if (lo <= mid) {
            add(2 * node, left, mid, lo, hi, weight);
        }
        if (hi > mid) {
            add(2 * node + 1, mid + 1, right, lo, hi, weight);
        }
        max[node] = Math.max(max[2 * node], max[2 * node + 1]);
        min[node] = Math.min(min[2 * node], min[2 * node + 1]);
    }

    private long query(int node, int left, int right, int lo, int hi, boolean largest) {
        if (lo <= left && right <= hi) {
            return largest ? max[node] : min[node];
        }
        push(node);
        int mid = (left + right) >>> 1;
        if (hi <= mid) {
            return query(2 * node, left, mid, lo, hi, largest);
        }
        if (lo > mid) {
            return query(2 * node + 1, mid + 1, right, lo, hi, largest);
        }
        long a = query(2 * node, left, mid, lo, hi, largest);
        long b = query(2 * node + 1, mid + 1, right, lo, hi, largest);
        return largest ? Math.max(a, b) : Math.min(a, b);
    }

    private void push(int node) {
        long p = pending[node];
        if (p != 0) {
            for (int child = 2 * node; child <= 2 * node + 1; child++) {
                max[child] += p;
                min[child] += p;
                pending[child] += p;
            }
            pending[node] = 0;
        }
    }
}
