package io.github.vpnfailover.engine.hooks;

import java.time.Duration;

/**
 * How one hook run ended: its exit status (null when it was killed or never started), whether the timeout killed
 * it, the end of its standard error, how long it took, and why it could not start (null when it did).
 */
public record HookOutcome(String command, HookKind kind, Integer exitCode, boolean timedOut, String stderr, Duration took,
                          String startError) {

    public boolean ok() {
        return exitCode != null && exitCode == 0;
    }
}
