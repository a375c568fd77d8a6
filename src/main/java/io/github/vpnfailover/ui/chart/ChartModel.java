package io.github.vpnfailover.ui.chart;

import io.github.vpnfailover.core.Sample;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * What the charts show: every tunnel's samples, their per-column buckets for the current range and width,
 * and the switch markers. FX thread only. Adding a sample touches one bucket per line; only a change of
 * range or width walks the samples again.
 */
public final class ChartModel {

    /** Samples older than the longest range are not kept in memory. */
    private static final long KEEP_MILLIS = TimeRange.DAYS_7.length().toMillis();

    private final LongSupplier clock;
    private final Map<String, SampleColumns> data = new LinkedHashMap<>();
    private final Map<String, Map<Metric, ColumnBuckets>> buckets = new LinkedHashMap<>();
    private final List<SwitchMarker> markers = new ArrayList<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private TimeRange range = TimeRange.HOUR_1;
    private int width = 600;

    public ChartModel(LongSupplier clockMillis) {
        this.clock = clockMillis;
    }

    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    public long now() {
        return clock.getAsLong();
    }

    public TimeRange range() {
        return range;
    }

    public int width() {
        return width;
    }

    public List<String> tunnels() {
        return List.copyOf(data.keySet());
    }

    /** The order a tunnel was first seen in: its colour. */
    public int indexOf(String tunnel) {
        return new ArrayList<>(data.keySet()).indexOf(tunnel);
    }

    public ColumnBuckets buckets(String tunnel, Metric metric) {
        Map<Metric, ColumnBuckets> m = buckets.get(tunnel);
        return m == null ? null : m.get(metric);
    }

    public List<SwitchMarker> markers() {
        return Collections.unmodifiableList(markers);
    }

    public int sampleCount(String tunnel) {
        SampleColumns c = data.get(tunnel);
        return c == null ? 0 : c.size();
    }

    /** A live sample: O(1). */
    public void add(Sample s) {
        SampleColumns c = columns(s.tunnel());
        c.add(s);
        Map<Metric, ColumnBuckets> m = buckets.get(s.tunnel());
        long t = s.time().toEpochMilli();
        for (Metric metric : Metric.values()) {
            int i = indexAt(c, t);
            m.get(metric).add(t, metric.value(c, i), metric.lo(c, i), metric.hi(c, i));
        }
        changed();
    }

    /** Stored history for the current range arrived: replaces what was loaded before. O(history) on this thread. */
    public void history(String tunnel, List<Sample> samples) {
        install(prepare(tunnel, samples, range, width, now()));
    }

    /** A tunnel's history folded into columns and buckets, made on any thread so the FX thread only swaps it in. */
    public record Prepared(String tunnel, SampleColumns columns, Map<Metric, ColumnBuckets> buckets, TimeRange range,
                           int width, long historyEnd) { }

    /** Pure: the work of loading history, O(history). Call it off the FX thread. */
    public static Prepared prepare(String tunnel, List<Sample> oldestFirst, TimeRange range, int width, long now) {
        SampleColumns c = new SampleColumns();
        oldestFirst.forEach(c::add);
        c.dropBefore(now - KEEP_MILLIS);
        return new Prepared(tunnel, c, decimate(c, range, width, now), range, width, c.lastTime());
    }

    /** Swaps prepared history in (FX thread), keeping live samples that arrived after it: O(those samples). */
    public void install(Prepared p) {
        SampleColumns live = data.get(p.tunnel());
        SampleColumns c = p.columns();
        Map<Metric, ColumnBuckets> m = p.buckets();
        if (live != null) {
            for (int i = 0; i < live.size(); i++) {
                long t = live.time(i);
                if (t > p.historyEnd()) {
                    c.add(t, (float) live.latency(i), (float) live.latencyMin(i), (float) live.latencyMax(i),
                            (float) live.download(i), (float) live.upload(i), (float) live.loss(i));
                    int at = indexAt(c, t);
                    for (Metric metric : Metric.values()) {
                        m.get(metric).add(t, metric.value(c, at), metric.lo(c, at), metric.hi(c, at));
                    }
                }
            }
        }
        data.put(p.tunnel(), c);
        buckets.put(p.tunnel(), m);
        if (p.range() != range || p.width() != width) {
            rebuild(p.tunnel()); // the user changed range or size meanwhile
        }
        changed();
    }

    public void addMarker(SwitchMarker marker) {
        // a switch of this run is both a live event and, once stored, a row read back with the history
        if (markers.stream().anyMatch(mk -> mk.time().equals(marker.time()) && mk.to().equals(marker.to()))) {
            return;
        }
        markers.add(marker);
        markers.removeIf(mk -> mk.time().toEpochMilli() < now() - KEEP_MILLIS);
        changed();
    }

    public void setRange(TimeRange r) {
        if (r != range) {
            range = r;
            rebuildAll();
        }
    }

    /** The plot's width in pixels: one bucket per column. */
    public void setWidth(int px) {
        int w = Math.max(10, px);
        if (w != width) {
            width = w;
            rebuildAll();
        }
    }

    private void rebuildAll() {
        data.keySet().forEach(this::rebuild);
        changed();
    }

    private void rebuild(String tunnel) {
        long now = now();
        SampleColumns c = data.get(tunnel);
        c.dropBefore(now - KEEP_MILLIS);
        buckets.put(tunnel, decimate(c, range, width, now));
    }

    private static Map<Metric, ColumnBuckets> decimate(SampleColumns c, TimeRange range, int width, long now) {
        Map<Metric, ColumnBuckets> m = new EnumMap<>(Metric.class);
        long span = range.length().toMillis();
        for (Metric metric : Metric.values()) {
            m.put(metric, Decimator.decimate(c, metric, now - span, now + span / width, width));
        }
        return m;
    }

    private SampleColumns columns(String tunnel) {
        SampleColumns c = data.get(tunnel);
        if (c == null) {
            c = new SampleColumns();
            data.put(tunnel, c);
            rebuild(tunnel);
        }
        return c;
    }

    /** Index of the sample just added at {@code t} (the last one unless it came late). */
    private static int indexAt(SampleColumns c, long t) {
        int i = c.size() - 1;
        while (i > 0 && c.time(i) != t) {
            i--;
        }
        return i;
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
