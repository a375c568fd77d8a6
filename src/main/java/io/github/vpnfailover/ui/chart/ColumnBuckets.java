package io.github.vpnfailover.ui.chart;

import java.util.Arrays;

/**
 * Per-pixel-column aggregates (min, max, mean) of one line of a chart. Buckets are fixed slices of time
 * ({@code bucketMillis} wide, aligned to the epoch) kept in a ring of {@code capacity}: adding a point is
 * O(1) and reading the visible columns is O(capacity), whatever the history length. That is what keeps
 * drawing cost flat from a thousand to millions of samples.
 */
public final class ColumnBuckets {

    private final long bucketMillis;
    private final int capacity;
    private final long[] key;
    private final float[] min;
    private final float[] max;
    private final double[] sum;
    private final int[] count;

    public ColumnBuckets(long bucketMillis, int capacity) {
        if (bucketMillis < 1 || capacity < 1) {
            throw new IllegalArgumentException("bucketMillis and capacity must be ≥ 1, got " + bucketMillis + ", " + capacity);
        }
        this.bucketMillis = bucketMillis;
        this.capacity = capacity;
        this.key = new long[capacity];
        Arrays.fill(key, Long.MIN_VALUE);
        this.min = new float[capacity];
        this.max = new float[capacity];
        this.sum = new double[capacity];
        this.count = new int[capacity];
    }

    public long bucketMillis() {
        return bucketMillis;
    }

    public int capacity() {
        return capacity;
    }

    /** The bucket number of a time. */
    public long bucketOf(long timeMillis) {
        return Math.floorDiv(timeMillis, bucketMillis);
    }

    /** Adds a point whose spread is [lo, hi] (lo = hi = value for a plain point); NaN values are skipped. */
    public void add(long timeMillis, double value, double lo, double hi) {
        if (Double.isNaN(value)) {
            return;
        }
        long k = bucketOf(timeMillis);
        int slot = (int) Math.floorMod(k, (long) capacity);
        if (key[slot] != k) {
            if (key[slot] > k) {
                return; // older than the ring holds: off the left edge of the chart
            }
            key[slot] = k;
            min[slot] = Float.POSITIVE_INFINITY;
            max[slot] = Float.NEGATIVE_INFINITY;
            sum[slot] = 0;
            count[slot] = 0;
        }
        double l = Double.isNaN(lo) ? value : Math.min(lo, value);
        double h = Double.isNaN(hi) ? value : Math.max(hi, value);
        min[slot] = (float) Math.min(min[slot], l);
        max[slot] = (float) Math.max(max[slot], h);
        sum[slot] += value;
        count[slot]++;
    }

    /** True when bucket {@code k} has points. */
    public boolean has(long k) {
        return key[slot(k)] == k && count[slot(k)] > 0;
    }

    public double min(long k) {
        return min[slot(k)];
    }

    public double max(long k) {
        return max[slot(k)];
    }

    public double mean(long k) {
        int s = slot(k);
        return sum[s] / count[s];
    }

    /** How many buckets between {@code fromK} and {@code toK} (inclusive) hold points. */
    public int filled(long fromK, long toK) {
        int n = 0;
        for (long k = Math.max(fromK, toK - capacity + 1); k <= toK; k++) {
            if (has(k)) {
                n++;
            }
        }
        return n;
    }

    private int slot(long k) {
        return (int) Math.floorMod(k, (long) capacity);
    }
}
