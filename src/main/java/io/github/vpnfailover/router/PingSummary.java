package io.github.vpnfailover.router;

/**
 * One ping run's summary. Round-trip figures are null when nothing came back. {@code mdevMs} is iputils' own
 * figure; for busybox, which prints no mdev, it is computed from the per-reply times (see decision 0012).
 * {@code durationMs} is the time ping itself reports (iputils "time 406ms"); null for busybox.
 */
public record PingSummary(
        int transmitted,
        int received,
        double lossPercent,
        Double minMs,
        Double avgMs,
        Double maxMs,
        Double mdevMs,
        Double durationMs) { }
