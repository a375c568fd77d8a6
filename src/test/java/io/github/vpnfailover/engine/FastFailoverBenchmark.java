package io.github.vpnfailover.engine;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vpnfailover.core.LinkCondition;
import io.github.vpnfailover.core.LivenessSettings;
import io.github.vpnfailover.engine.EngineEvent.ConfirmEvent;
import io.github.vpnfailover.engine.EngineEvent.LivenessEvent;
import io.github.vpnfailover.engine.EngineEvent.SwitchEvent;
import io.github.vpnfailover.testing.FailoverLab;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5's figures in one run, on the namespace router over real SSH: failover time (kill the active tunnel →
 * routes verified on a live one) over many trials; false failovers while the active tunnel has 5 % random loss and
 * ±20 % delay jitter; probe traffic per tunnel. {@code -Dvfm.bench.trials=25 -Dvfm.bench.soakSeconds=600}.
 */
@Tag("bench")
class FastFailoverBenchmark {

    @TempDir
    Path dir;

    @Test
    void failoverTimeFalseFailoversAndProbeTraffic() throws Exception {
        assumeTrue(FailoverLab.canRun(), "needs root, /usr/sbin/sshd, /dev/net/tun and python3 (namespace router)");
        int trials = Integer.getInteger("vfm.bench.trials", 25);
        long soakSeconds = Long.getLong("vfm.bench.soakSeconds", 600);
        LivenessSettings s = LabEngine.settings();
        try (var lab = new FailoverLab(3, dir)) {
            var counting = new StreamCounting(lab.ssh());
            try (var e = new LabEngine(lab, counting, s)) {
                e.engine.startLiveness();
                e.awaitAllUp(lab, Duration.ofSeconds(20));

                List<Long> times = new ArrayList<>();
                List<Long> detections = new ArrayList<>();
                int missed = 0;
                for (int i = 0; i < trials; i++) {
                    String active = e.engine.active();
                    int from = e.seen.size();
                    long killed = System.nanoTime();
                    lab.dead(active, true);
                    var sw = e.await(SwitchEvent.class, w -> w.verified() && !active.equals(w.to()), from, Duration.ofSeconds(10));
                    if (sw == null) {
                        missed++;
                    } else {
                        times.add((sw.nanos() - killed) / 1_000_000);
                        var down = e.await(LivenessEvent.class, l -> l.tunnel().equals(active) && l.condition() == LinkCondition.DOWN,
                                from, Duration.ZERO);
                        if (down != null) {
                            detections.add((down.nanos() - killed) / 1_000_000);
                        }
                        String to = ((SwitchEvent) sw.event()).to();
                        e.await(ConfirmEvent.class, c -> c.tunnel().equals(to), from, Duration.ofSeconds(5));
                    }
                    lab.dead(active, false);
                    e.awaitAllUp(lab, Duration.ofSeconds(20));
                }

                String quiet = lab.tunnels.stream().filter(t -> !t.equals(e.engine.active())).findFirst().orElseThrow();
                long[] before = lab.bytes(quiet);
                long streamBefore = counting.bytes.get();
                long t0 = System.nanoTime();
                Thread.sleep(10_000);
                double secs = (System.nanoTime() - t0) / 1e9;
                long[] after = lab.bytes(quiet);
                double icmp = (after[0] - before[0] + after[1] - before[1]) / secs;
                double ssh = (counting.bytes.get() - streamBefore) / secs / lab.tunnels.size();

                String active = e.engine.active();
                lab.impair(active, 0.05, 20, 0.2);
                int from = e.seen.size();
                Thread.sleep(soakSeconds * 1000);
                List<EngineEvent> during = e.seen.subList(from, e.seen.size()).stream().map(LabEngine.Seen::event).toList();
                long switches = during.stream().filter(x -> x instanceof SwitchEvent).count();
                long downs = during.stream().filter(x -> x instanceof LivenessEvent l && l.tunnel().equals(active)
                        && l.condition() != LinkCondition.UP).count();
                double loss = during.stream().filter(x -> x instanceof LivenessEvent l && l.tunnel().equals(active) && l.lossPercent() != null)
                        .mapToDouble(x -> ((LivenessEvent) x).lossPercent()).average().orElse(Double.NaN);

                Collections.sort(times);
                Collections.sort(detections);
                System.out.println(String.format(Locale.ROOT, """
                        === Fast failover benchmark (namespace router over SSH, 3 TUN tunnels, targets %s, \
                        interval %d ms, timeout %d ms, fall %d, rise %d) ===
                        failover time: %d trials, p50 %d ms, p95 %d ms, max %d ms, min %d ms; no failover in %d trials (target p95 <= 2000 ms)
                          of which detection (kill to DOWN): p50 %d ms, p95 %d ms; the rest is the route change over SSH and its read-back
                        false failovers: %d switches, %d non-UP reports of %s in %d s with 5 %% loss and 20 ms +-20 %% delay \
                        (mean loss seen over the window %.1f %%) (target 0)
                        probe traffic per tunnel: %.0f B/s of ICMP through the tunnel (both directions), %.0f B/s of ping output over SSH
                        """, s.targets(), s.intervalMillis(), s.timeoutMillis(), s.fall(), s.rise(),
                        times.size(), pct(times, 50), pct(times, 95), times.isEmpty() ? -1 : times.get(times.size() - 1),
                        times.isEmpty() ? -1 : times.get(0), missed, pct(detections, 50), pct(detections, 95), switches, downs, active, soakSeconds, loss, icmp, ssh));
            }
        }
    }

    private static long pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
