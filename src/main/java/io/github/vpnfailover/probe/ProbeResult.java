package io.github.vpnfailover.probe;

import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * A probe's outcome. {@code responder} is the address that answered (null when none did); {@code time} is the
 * successful exchange's round trip (over TCP including the connect) or, when nothing answered validly, how long
 * the whole check took; {@code attempts} counts packets sent (UDP) or connections tried (TCP) over all addresses.
 */
public record ProbeResult(ProbeStatus status, String message, InetSocketAddress responder, Duration time,
                          int attempts) {

    /** A check that could not run at all. */
    public static ProbeResult unknown(String message) {
        return new ProbeResult(ProbeStatus.UNKNOWN, message, null, Duration.ZERO, 0);
    }

    /** True when a valid reply came back. */
    public boolean reachable() {
        return status == ProbeStatus.OK;
    }
}
