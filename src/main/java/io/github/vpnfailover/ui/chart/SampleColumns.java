package io.github.vpnfailover.ui.chart;

import io.github.vpnfailover.core.Sample;
import java.util.Arrays;
import java.util.List;

/**
 * One tunnel's samples as primitive columns, oldest first (about 28 bytes a sample, so a week of
 * per-second data still fits). Missing metrics are NaN. Used only to rebuild the column buckets
 * when the range or the chart width changes; drawing never walks it.
 */
public final class SampleColumns {

    private long[] time = new long[64];
    private float[] latency = new float[64];
    private float[] latencyMin = new float[64];
    private float[] latencyMax = new float[64];
    private float[] download = new float[64];
    private float[] upload = new float[64];
    private float[] loss = new float[64];
    private int size;

    public int size() {
        return size;
    }

    public long time(int i) {
        return time[i];
    }

    public double latency(int i) {
        return latency[i];
    }

    public double latencyMin(int i) {
        return latencyMin[i];
    }

    public double latencyMax(int i) {
        return latencyMax[i];
    }

    public double download(int i) {
        return download[i];
    }

    public double upload(int i) {
        return upload[i];
    }

    /** Ping loss in percent; a failed measurement counts as 100 % so an outage is drawn, not left as a gap. */
    public double loss(int i) {
        return loss[i];
    }

    public long lastTime() {
        return size == 0 ? Long.MIN_VALUE : time[size - 1];
    }

    /** Appends; a sample older than the last one is inserted in order (rare: clocks, late history). */
    public void add(Sample s) {
        add(s.time().toEpochMilli(), f(s.latencyMs()), f(s.latencyMinMs()), f(s.latencyMaxMs()), f(s.downloadMbps()), f(s.uploadMbps()),
                s.isGood() ? f(s.lossPercent()) : 100f);
    }

    public void add(long t, float lat, float lo, float hi, float down, float up, float lossPercent) {
        grow();
        int at = size;
        if (size > 0 && t < time[size - 1]) {
            at = Arrays.binarySearch(time, 0, size, t);
            at = at < 0 ? -at - 1 : at;
            shift(at);
        }
        time[at] = t;
        latency[at] = lat;
        latencyMin[at] = lo;
        latencyMax[at] = hi;
        download[at] = down;
        upload[at] = up;
        loss[at] = lossPercent;
        size++;
    }

    /** Replaces everything older than or equal to the stored history's end with {@code history}; newer live samples stay. */
    public void replaceHistory(List<Sample> history) {
        long end = history.isEmpty() ? Long.MIN_VALUE : history.get(history.size() - 1).time().toEpochMilli();
        SampleColumns live = new SampleColumns();
        for (int i = 0; i < size; i++) {
            if (time[i] > end) {
                live.add(time[i], latency[i], latencyMin[i], latencyMax[i], download[i], upload[i], loss[i]);
            }
        }
        size = 0;
        history.forEach(this::add);
        for (int i = 0; i < live.size; i++) {
            add(live.time[i], live.latency[i], live.latencyMin[i], live.latencyMax[i], live.download[i], live.upload[i], live.loss[i]);
        }
    }

    /** Drops samples before {@code t} so memory follows the visible range. */
    public void dropBefore(long t) {
        int from = Arrays.binarySearch(time, 0, size, t);
        from = from < 0 ? -from - 1 : from;
        while (from > 0 && from < size && time[from - 1] == t) {
            from--;
        }
        if (from == 0) {
            return;
        }
        int n = size - from;
        System.arraycopy(time, from, time, 0, n);
        System.arraycopy(latency, from, latency, 0, n);
        System.arraycopy(latencyMin, from, latencyMin, 0, n);
        System.arraycopy(latencyMax, from, latencyMax, 0, n);
        System.arraycopy(download, from, download, 0, n);
        System.arraycopy(upload, from, upload, 0, n);
        System.arraycopy(loss, from, loss, 0, n);
        size = n;
    }

    private void grow() {
        if (size < time.length) {
            return;
        }
        int n = time.length * 2;
        time = Arrays.copyOf(time, n);
        latency = Arrays.copyOf(latency, n);
        latencyMin = Arrays.copyOf(latencyMin, n);
        latencyMax = Arrays.copyOf(latencyMax, n);
        download = Arrays.copyOf(download, n);
        upload = Arrays.copyOf(upload, n);
        loss = Arrays.copyOf(loss, n);
    }

    private void shift(int at) {
        int n = size - at;
        System.arraycopy(time, at, time, at + 1, n);
        System.arraycopy(latency, at, latency, at + 1, n);
        System.arraycopy(latencyMin, at, latencyMin, at + 1, n);
        System.arraycopy(latencyMax, at, latencyMax, at + 1, n);
        System.arraycopy(download, at, download, at + 1, n);
        System.arraycopy(upload, at, upload, at + 1, n);
        System.arraycopy(loss, at, loss, at + 1, n);
    }

    private static float f(Double d) {
        return d == null ? Float.NaN : d.floatValue();
    }
}
