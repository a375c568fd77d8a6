package io.github.vpnfailover.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Millisecond figures of one benchmark series: percentiles as the nearest rank of the sorted values. */
public final class BenchStats {

    private final List<Long> values = new ArrayList<>();

    public void add(long millis) {
        values.add(millis);
    }

    public int count() {
        return values.size();
    }

    /** The nearest-rank percentile, -1 without values. */
    public long pct(int p) {
        if (values.isEmpty()) {
            return -1;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    public long max() {
        return values.isEmpty() ? -1 : Collections.max(values);
    }

    /** "p50 X ms, p95 Y ms, max Z ms (n N)". */
    public String summary() {
        return String.format(Locale.ROOT, "p50 %d ms, p95 %d ms, max %d ms (n %d)", pct(50), pct(95), max(), count());
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
