package io.github.vpnfailover.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** What commit-confirm asks of the liveness monitor: whether a tunnel's open stream heard a fresh answer. */
interface StreamAnswers {

    /**
     * True once {@code tunnel}'s stream answers a probe sent after {@code since}, false when none did within
     * {@code within}, null when its stream cannot tell (not watched, stopped, or its targets are not {@code targets}).
     */
    Boolean answeredSince(String tunnel, List<String> targets, Instant since, Duration within)
            throws InterruptedException;
}
