package io.github.vpnfailover.router.ssh;

import java.time.Duration;

/**
 * The state of the SSH link, published to {@link SshLinkListener}s so the engine and UI can show
 * e.g. "reconnecting: attempt 3 of 5, next in 4 s".
 */
public record SshLinkStatus(State state, int attempt, int maxAttempts, Duration retryIn, String detail) {

    /** Where the link is. */
    public enum State { CONNECTING, CONNECTED, RECONNECTING, FAILED, CLOSED }

    static SshLinkStatus of(State state, String detail) {
        return new SshLinkStatus(state, 0, 0, Duration.ZERO, detail);
    }

    /**
     * The event's detail, which follows the state's own word ("connection reconnecting: ..."): "root@r1:22", or while
     * reconnecting "attempt 3 of 5, next in 4 s: connection refused". It once began with the state word as well, which
     * printed "connected: connected: root@r1:22".
     */
    public String eventDetail() {
        if (state == State.RECONNECTING) {
            long seconds = (retryIn.toMillis() + 999) / 1000;
            return "attempt " + attempt + " of " + maxAttempts + ", next in " + seconds + " s"
                    + (detail == null ? "" : ": " + detail);
        }
        return detail;
    }
}
