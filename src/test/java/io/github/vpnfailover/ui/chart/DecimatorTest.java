package io.github.vpnfailover.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vpnfailover.core.Sample;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DecimatorTest {

    private static final long HOUR = 3_600_000L;

    @ParameterizedTest
    @CsvSource({"10, 800", "1000, 800", "100000, 800", "1000000, 800", "1000000, 37", "50, 2000"})
    void outputNeverHasMoreColumnsThanPixelsWhateverTheHistoryLength(int samples, int width) {
        SampleColumns data = new SampleColumns();
        long from = 1_700_000_000_000L;
        for (int i = 0; i < samples; i++) {
            long t = from + i * HOUR / samples;
            data.add(t, (float) (20 + i % 7), 18f, (float) (30 + i % 11), 50f, 10f, 0f);
        }

        ColumnBuckets b = Decimator.decimate(data, Metric.LATENCY, from, from + HOUR, width);

        long first = b.bucketOf(from);
        long last = b.bucketOf(from + HOUR);
        int filled = b.filled(first, last);
        assertThat(b.capacity()).isLessThanOrEqualTo(width + 2);
        assertThat(filled).isLessThanOrEqualTo(width + 1).isLessThanOrEqualTo(samples);
        assertThat(last - first).isLessThanOrEqualTo(width);
    }

    @Test
    void aColumnKeepsMinMaxAndMeanOfItsSamplesSoSpikesSurvive() {
        SampleColumns data = new SampleColumns();
        long t0 = 1_700_000_000_000L;
        // 1000 samples in one column of a 1-pixel-per-second chart... the spike at 900 ms must stay visible
        for (int i = 0; i < 1000; i++) {
            float v = i == 900 ? 500f : 20f;
            data.add(t0 + i, v, v - 2, v + 3, Float.NaN, Float.NaN, 0f);
        }

        ColumnBuckets b = Decimator.decimate(data, Metric.LATENCY, t0, t0 + 100_000, 100);

        long k = b.bucketOf(t0);
        assertThat(b.has(k)).isTrue();
        assertThat(b.max(k)).isEqualTo(503.0);
        assertThat(b.min(k)).isEqualTo(18.0);
        assertThat(b.mean(k)).isCloseTo((999 * 20 + 500) / 1000.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(Decimator.decimate(data, Metric.DOWNLOAD, t0, t0 + 100_000, 100).has(k))
                .as("a metric that was never measured has no columns").isFalse();
    }

    @Test
    void theRingForgetsColumnsThatScrolledOffTheLeftEdge() {
        ColumnBuckets b = new ColumnBuckets(1000, 10);
        b.add(0, 5, 5, 5);
        b.add(10_500, 7, 7, 7); // same slot as bucket 0, ten buckets later
        b.add(200, 9, 9, 9);    // bucket 0 again: older than the ring holds now, dropped

        assertThat(b.has(0)).isFalse();
        assertThat(b.has(10)).isTrue();
        assertThat(b.mean(10)).isEqualTo(7.0);
    }

    @Test
    void lateSamplesAreInsertedInTimeOrder() {
        SampleColumns c = new SampleColumns();
        c.add(new Sample("t", Instant.ofEpochMilli(3000), 3.0, null, null, null, 0.0, null, null, null));
        c.add(new Sample("t", Instant.ofEpochMilli(1000), 1.0, null, null, null, 0.0, null, null, null));
        c.add(new Sample("t", Instant.ofEpochMilli(2000), 2.0, null, null, null, 0.0, null, null, null));

        assertThat(new long[] {c.time(0), c.time(1), c.time(2)}).containsExactly(1000, 2000, 3000);
        assertThat(c.download(0)).isNaN();
        c.dropBefore(2000);
        assertThat(c.size()).isEqualTo(2);
        assertThat(c.time(0)).isEqualTo(2000);
    }

    @Test
    void refusesEmptyBuckets() {
        assertThatThrownBy(() -> new ColumnBuckets(0, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bucketMillis");
    }
}
