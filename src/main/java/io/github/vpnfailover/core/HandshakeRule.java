package io.github.vpnfailover.core;

import java.util.List;
import java.util.Locale;

/**
 * The WireGuard handshake-age rule (decision 0180), pure. WireGuard refuses data on keys older than 180 s
 * (REJECT_AFTER_TIME) and starts a new handshake after 120 s while traffic flows; the age is read right after
 * the measurement's pings, so a peer that answers has a handshake younger than 180 s.
 */
public final class HandshakeRule {

    /** Older than this (seconds), the peer has stopped answering. */
    public static final long STALE_AFTER_SECONDS = 180;

    private HandshakeRule() {
    }

    /**
     * The age in seconds of the newest of {@code latest} (epoch seconds, 0 for a peer that never shook hands) at
     * the router's {@code routerNow}; null when no peer ever did. A handshake in the router's future counts as 0.
     */
    public static Double age(long routerNow, List<Long> latest) {
        long newest = latest.stream().mapToLong(Long::longValue).max().orElse(0);
        return newest <= 0 ? null : (double) Math.max(0, routerNow - newest);
    }

    /** NEVER for no handshake (null), STALE over {@link #STALE_AFTER_SECONDS}, else FRESH. */
    public static HandshakeStatus status(Double ageSeconds) {
        if (ageSeconds == null) {
            return HandshakeStatus.NEVER;
        }
        return ageSeconds > STALE_AFTER_SECONDS ? HandshakeStatus.STALE : HandshakeStatus.FRESH;
    }

    /** Down by its handshake: only a WireGuard sample with a STALE or NEVER handshake. */
    public static boolean down(Sample s) {
        return s != null && s.handshake() != null && s.handshake().down();
    }

    /** "handshake 12 s ago", "handshake 200 s ago (over 180 s: the peer stopped answering)", "no handshake yet"; null for none. */
    public static String describe(Sample s) {
        if (s == null || s.handshake() == null) {
            return null;
        }
        return switch (s.handshake()) {
            case NEVER -> "no WireGuard handshake yet (the peer never answered)";
            case STALE -> String.format(Locale.ROOT, "WireGuard handshake %.0f s ago (over %d s: the peer stopped answering)",
                    s.handshakeAgeSeconds(), STALE_AFTER_SECONDS);
            case FRESH -> String.format(Locale.ROOT, "WireGuard handshake %.0f s ago", s.handshakeAgeSeconds());
        };
    }
}
