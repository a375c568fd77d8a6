package io.github.vpnfailover.core;

import java.time.Instant;

/**
 * One measurement of one tunnel. A metric is null when it was not measured or its part failed;
 * {@code error} then says why, so a failure never looks like a zero measurement. {@code handshake} and
 * {@code handshakeAgeSeconds} are WireGuard's latest handshake (decision 0180): both null for other tunnels
 * or when it could not be read; the age is null for {@link HandshakeStatus#NEVER}.
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
        String error,
        Double handshakeAgeSeconds,
        HandshakeStatus handshake) {

    /** A sample without a handshake reading (every tunnel that is not WireGuard). */
    public Sample(String tunnel, Instant time, Double latencyMs, Double latencyMinMs, Double latencyMaxMs, Double jitterMs,
            Double lossPercent, Double downloadMbps, Double uploadMbps, String error) {
        this(tunnel, time, latencyMs, latencyMinMs, latencyMaxMs, jitterMs, lossPercent, downloadMbps, uploadMbps, error,
                null, null);
    }

    /** This sample with a WireGuard handshake reading; the status follows from the age by {@link HandshakeRule}. */
    public Sample withHandshakeAge(Double ageSeconds) {
        return new Sample(tunnel, time, latencyMs, latencyMinMs, latencyMaxMs, jitterMs, lossPercent, downloadMbps,
                uploadMbps, error, ageSeconds, HandshakeRule.status(ageSeconds));
    }

    /** This sample with {@code reason} added to its error (a part that could not be read). */
    public Sample withProblem(String reason) {
        return new Sample(tunnel, time, latencyMs, latencyMinMs, latencyMaxMs, jitterMs, lossPercent, downloadMbps,
                uploadMbps, error == null ? reason : error + "; " + reason, handshakeAgeSeconds, handshake);
    }

    /**
     * A sample is good when the tunnel answered pings and, on WireGuard, its latest handshake is not stale
     * (decision 0180): only good samples count towards {@code depth}. A fresh handshake never makes good
     * what the pings failed.
     */
    public boolean isGood() {
        return latencyMs != null && lossPercent != null && lossPercent < 100.0 && (handshake == null || !handshake.down());
    }

    /** Every ping went out and none came back (not: nothing was measured, or some answered). */
    public boolean lostEveryPing() {
        return Double.valueOf(100.0).equals(lossPercent);
    }

    /** A failed measurement: nothing measured, the reason kept. */
    public static Sample failed(String tunnel, Instant time, String error) {
        return new Sample(tunnel, time, null, null, null, null, null, null, null, error);
    }
}
