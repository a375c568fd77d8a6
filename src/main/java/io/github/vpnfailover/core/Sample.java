package io.github.vpnfailover.core;

import java.time.Instant;

/**
 * One measurement of one tunnel. A metric is null when it was not measured or its part failed;
 * {@code error} then says why, so a failure never looks like a zero measurement.
 */
public record Sample(
        String tunnel,
        Instant time,
        Double latencyMs,
        Double latencyMinMs,
        Double latencyMaxMs,
        Double jitterMs,
        Double lossPercent,
        Double downloadMbps,
        Double uploadMbps,
        String error) {

    /** A sample is good when the tunnel answered pings: only good samples count towards {@code depth}. */
    public boolean isGood() {
        return latencyMs != null && lossPercent != null && lossPercent < 100.0;
    }

    /** A failed measurement: nothing measured, the reason kept. */
    public static Sample failed(String tunnel, Instant time, String error) {
        return new Sample(tunnel, time, null, null, null, null, null, null, null, error);
    }
}
