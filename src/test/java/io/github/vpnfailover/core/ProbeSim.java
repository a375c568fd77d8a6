package io.github.vpnfailover.core;

import java.time.Instant;
import java.util.PriorityQueue;
import java.util.function.LongToDoubleFunction;

/**
 * Drives one {@link TargetHealth} as a ping stream would: probe k leaves at {@code k * interval}, its answer arrives
 * {@code rtt(k)} ms later (NaN: lost), and the monitor judges every {@code tickMillis}. Reports whether the target was
 * ever judged dead after it first came alive, and when (only while probes still go out).
 */
final class ProbeSim {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private record Arrival(long atMicros, long seq, double rtt) { }

    /** When the target first went dead (ms after the first probe), or -1 if it never did; {@code probes} probes. */
    static long firstDeathMillis(LivenessSettings s, int probes, int tickMillis, LongToDoubleFunction rtt) {
        return firstDeathMillis(s, probes, tickMillis, 0, rtt);
    }

    /** As above, each answer reaching the monitor {@code lateMillis} after ping saw it, with ping's own round trip. */
    static long firstDeathMillis(LivenessSettings s, int probes, int tickMillis, int lateMillis, LongToDoubleFunction rtt) {
        var health = new TargetHealth(s, T0);
        var pending = new PriorityQueue<Arrival>((a, b) -> Long.compare(a.atMicros, b.atMicros));
        for (long k = 0; k < probes; k++) {
            double r = rtt.applyAsDouble(k);
            if (!Double.isNaN(r)) {
                pending.add(new Arrival(k * s.intervalMillis() * 1000L + (long) ((r + lateMillis) * 1000), k, r));
            }
        }
        boolean wasAlive = false;
        // until the last probe leaves: after it the stream simply ends, and a verdict then says nothing
        long end = (long) (probes - 1) * s.intervalMillis() * 1000L;
        for (long now = 0; now <= end; now += tickMillis * 1000L) {
            while (!pending.isEmpty() && pending.peek().atMicros <= now) {
                Arrival a = pending.poll();
                health.answered(a.seq, a.rtt, T0.plusNanos(a.atMicros * 1000));
            }
            health.evaluate(T0.plusNanos(now * 1000));
            if (Boolean.TRUE.equals(health.alive())) {
                wasAlive = true;
            } else if (wasAlive && Boolean.FALSE.equals(health.alive())) {
                return now / 1000;
            }
        }
        return -1;
    }

    /** The target's miss timeout after {@code probes} answers of {@code rtt} ms. */
    static long timeoutAfter(LivenessSettings s, int probes, LongToDoubleFunction rtt) {
        var health = new TargetHealth(s, T0);
        for (long k = 0; k < probes; k++) {
            double r = rtt.applyAsDouble(k);
            health.answered(k, r, T0.plusMillis(k * s.intervalMillis() + (long) r));
        }
        return health.missTimeoutMillis();
    }

    private ProbeSim() {
    }
}
