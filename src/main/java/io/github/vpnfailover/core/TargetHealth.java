package io.github.vpnfailover.core;

import java.time.Duration;
import java.time.Instant;

/**
 * fall/rise for one probe target of one tunnel. Misses are counted from time, not from lines: busybox ping prints
 * nothing for a lost probe, so a probe counts as missed once its {@link MissTimeout} has passed since it was sent
 * without an answer. Probes go out every {@code interval} after the last answered one.
 */
final class TargetHealth {

    private final LivenessSettings s;
    private final Instant started;
    private Instant lastAnsweredSend;
    private long lastSeq = -1;
    private int answersInARow;
    private int explicitMisses;
    private int countedMisses;
    private Boolean alive;
    private final MissTimeout timeout;

    TargetHealth(LivenessSettings settings, Instant started) {
        this.s = settings;
        this.started = started;
        this.timeout = new MissTimeout(settings.minTimeoutMillis(), settings.timeoutMillis());
    }

    /**
     * An echo reply for probe {@code seq}; returns how many earlier probes were lost and not yet counted.
     * A reply slower than the ceiling ({@code timeoutMillis}) is a miss: mwan3 and dpinger count it so too. A reply
     * later than the adaptive timeout but within the ceiling still proves the target alive: it ends the miss streak
     * and teaches the estimator the new round trip, which is what rides out a latency spike (decision 0200).
     */
    int answered(long seq, double rttMs, Instant now) {
        if (rttMs > s.timeoutMillis()) {
            missed();
            return 0;
        }
        long gap = lastSeq >= 0 && seq > lastSeq ? seq - lastSeq - 1 : 0;
        int uncounted = (int) Math.max(0, Math.min(gap, 1_000) - countedMisses);
        answersInARow = gap > 0 ? 1 : answersInARow + 1;
        lastSeq = Math.max(lastSeq, seq);
        Instant sent = now.minusNanos((long) (rttMs * 1e6));
        // a reordered reply (a spike's tail overtaken by faster ones) must not move the anchor back
        lastAnsweredSend = lastAnsweredSend == null || sent.isAfter(lastAnsweredSend) ? sent : lastAnsweredSend;
        explicitMisses = 0;
        countedMisses = 0;
        timeout.sample(rttMs);
        if (answersInARow >= s.rise()) {
            alive = true;
        }
        return uncounted;
    }

    /** The probe was reported lost (an ICMP error, a too-late reply). */
    void missed() {
        explicitMisses++;
        answersInARow = 0;
    }

    /** Updates alive/dead at {@code now}; returns how many new misses time has revealed since the last call. */
    int evaluate(Instant now) {
        int misses = Math.max(explicitMisses, timedOut(now));
        if (misses > 0) {
            answersInARow = 0;
        }
        if (misses >= s.fall()) {
            alive = false;
        }
        int fresh = Math.max(0, misses - countedMisses);
        countedMisses = Math.max(countedMisses, misses);
        return fresh;
    }

    /** How many probes sent since the last answered one are older than the miss timeout. */
    private int timedOut(Instant now) {
        Instant firstUnanswered = lastAnsweredSend == null ? started : lastAnsweredSend.plusMillis(s.intervalMillis());
        long waited = Duration.between(firstUnanswered, now).toMillis() - timeout.millis();
        return waited < 0 ? 0 : (int) Math.min(1_000_000, waited / s.intervalMillis() + 1);
    }

    /** When the newest answered probe was sent, null before the first answer. */
    Instant lastAnsweredSend() {
        return lastAnsweredSend;
    }

    /** The current miss timeout in ms. */
    long missTimeoutMillis() {
        return timeout.millis();
    }

    /** true alive, false dead, null not yet known. */
    Boolean alive() {
        return alive;
    }
}
