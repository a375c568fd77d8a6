package io.github.vpnfailover.router.ssh;

import java.time.Duration;

/**
 * The state of the SSH link, published to {@link SshLinkListener}s so the engine and UI can show
 * e.g. "reconnecting in 4 s (attempt 3 of 5)".
 */
public record SshLinkStatus(State state, int attempt, int maxAttempts, Duration retryIn, String detail) {

    /** Where the link is. */
    public enum State { CONNECTING, CONNECTED, RECONNECTING, FAILED, CLOSED }

    static SshLinkStatus of(State state, String detail) {
        return new SshLinkStatus(state, 0, 0, Duration.ZERO, detail);
    }

    /** For status bars: "reconnecting in 4 s (attempt 3 of 5): connection refused". */
    public String describe() {
        if (state == State.RECONNECTING) {
            long seconds = (retryIn.toMillis() + 999) / 1000;
            return "reconnecting in " + seconds + " s (attempt " + attempt + " of " + maxAttempts + ")"
                    + (detail == null ? "" : ": " + detail);
        }
        return state.name().toLowerCase(java.util.Locale.ROOT) + (detail == null ? "" : ": " + detail);
    }
}
