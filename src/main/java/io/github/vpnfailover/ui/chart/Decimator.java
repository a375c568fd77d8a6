package io.github.vpnfailover.ui.chart;

/**
 * Folds a whole history into per-pixel-column min/max/mean buckets: the output never has more columns than
 * the chart has pixels, however many samples go in. Run once when the range or width changes; live samples
 * are then added to the buckets one by one.
 */
public final class Decimator {

    private Decimator() {
    }

    /** Bucket width so that {@code [from, to]} spans {@code widthPx} columns. */
    public static long bucketMillis(long fromMillis, long toMillis, int widthPx) {
        return Math.max(1, (toMillis - fromMillis + widthPx - 1) / Math.max(1, widthPx));
    }

    /** Buckets of {@code metric} for samples in {@code [from, to]}, one per pixel column of {@code widthPx}. */
    public static ColumnBuckets decimate(SampleColumns data, Metric metric, long fromMillis, long toMillis, int widthPx) {
        long bucket = bucketMillis(fromMillis, toMillis, widthPx);
        // two spare slots: the left edge's partial bucket and the one "now" is moving into
        ColumnBuckets out = new ColumnBuckets(bucket, Math.max(1, widthPx) + 2);
        for (int i = 0; i < data.size(); i++) {
            long t = data.time(i);
            if (t >= fromMillis && t <= toMillis) {
                out.add(t, metric.value(data, i), metric.lo(data, i), metric.hi(data, i));
            }
        }
        return out;
    }
}
