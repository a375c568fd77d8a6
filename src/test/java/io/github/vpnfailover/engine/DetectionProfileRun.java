package io.github.vpnfailover.engine;

import io.github.vpnfailover.core.DpingerLike;
import io.github.vpnfailover.core.LinkCondition;
import io.github.vpnfailover.core.LivenessSettings;
import io.github.vpnfailover.engine.EngineEvent.ConfirmEvent;
import io.github.vpnfailover.engine.EngineEvent.LivenessEvent;
import io.github.vpnfailover.engine.EngineEvent.SwitchEvent;
import io.github.vpnfailover.testing.FailoverLab;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One profile of the detection benchmark on a fresh {@link FailoverLab} whose three tunnels all have {@code base} ms
 * RTT: probe traffic, failover trials, the noise cases, then both detectors on tunnels killed side by side.
 */
final class DetectionProfileRun {

    /** What to run: trials, seconds per noise case, spike length, rounds of the side-by-side kill. */
    record Plan(int trials, long noiseSeconds, boolean spike, long spikeMillis, int dpingerRounds) { }

    private static final double SPIKE_MS = 400;
    private static final long SPIKE_EVERY_MS = 30_000;
    private static final double JITTER = 0.2;
    private static final double LOSS = 0.05;

    private final FailoverLab lab;
    private final LabEngine e;
    private final double base;

    private DetectionProfileRun(FailoverLab lab, LabEngine e, double base) {
        this.lab = lab;
        this.e = e;
        this.base = base;
    }

    static ProfileFigures run(Path dir, double base, LivenessSettings ours, Plan plan) throws Exception {
        try (var lab = new FailoverLab(3, dir)) {
            var counting = new StreamCounting(lab.ssh());
            try (var e = new LabEngine(lab, counting, ours)) {
                var run = new DetectionProfileRun(lab, e, base);
                run.setAll(0, base, 0);
                e.engine.startLiveness();
                e.awaitAllUp(lab, Duration.ofSeconds(30));
                double[] oursRate = run.rates(counting);
                var dpShell = new StreamCounting(lab.ssh());
                try (var dp = new DetectorWatch(dpShell, DpingerLike.settings(FailoverLab.TARGETS))) {
                    Thread.sleep(3_000);
                    double[] both = run.rates(counting, dpShell);
                    BenchStats failover = new BenchStats();
                    BenchStats detection = new BenchStats();
                    int missed = run.failovers(plan.trials(), failover, detection);
                    var noise = run.lossAndJitter(plan.noiseSeconds());
                    var spike = plan.spike() ? run.spikes(plan.noiseSeconds(), plan.spikeMillis()) : null;
                    BenchStats oursKilled = new BenchStats();
                    BenchStats dpKilled = new BenchStats();
                    int silent = 0;
                    for (int r = 0; r < plan.dpingerRounds(); r++) {
                        silent += run.sideBySide(dp, oursKilled, dpKilled);
                    }
                    return new ProfileFigures(base, failover, detection, missed, noise, spike, oursRate[0], oursRate[1],
                            both[0] - oursRate[0], both[2], oursKilled, dpKilled, silent);
                }
            }
        }
    }

    /**
     * Over 10 s, on a tunnel that is not active: {ICMP bytes/s through it (both directions), then for each shell the
     * streamed SSH bytes/s per tunnel}.
     */
    private double[] rates(StreamCounting... shells) throws Exception {
        String quiet = lab.tunnels.stream().filter(t -> !t.equals(e.engine.active())).findFirst().orElseThrow();
        long[] before = lab.bytes(quiet);
        long[] streamed = new long[shells.length];
        for (int i = 0; i < shells.length; i++) {
            streamed[i] = shells[i].bytes.get();
        }
        long t0 = System.nanoTime();
        Thread.sleep(10_000);
        double secs = (System.nanoTime() - t0) / 1e9;
        long[] after = lab.bytes(quiet);
        double[] out = new double[1 + shells.length];
        out[0] = (after[0] - before[0] + after[1] - before[1]) / secs;
        for (int i = 0; i < shells.length; i++) {
            out[1 + i] = (shells[i].bytes.get() - streamed[i]) / secs / lab.tunnels.size();
        }
        return out;
    }

    /** Kills the active tunnel {@code trials} times: kill → verified switch to another, and kill → DOWN. */
    private int failovers(int trials, BenchStats failover, BenchStats detection) throws Exception {
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
                failover.add((sw.nanos() - killed) / 1_000_000);
                var down = e.await(LivenessEvent.class, l -> l.tunnel().equals(active) && l.condition() == LinkCondition.DOWN,
                        from, Duration.ZERO);
                if (down != null) {
                    detection.add((down.nanos() - killed) / 1_000_000);
                }
                String to = ((SwitchEvent) sw.event()).to();
                e.await(ConfirmEvent.class, c -> c.tunnel().equals(to), from, Duration.ofSeconds(5));
            }
            lab.dead(active, false);
            e.awaitAllUp(lab, Duration.ofSeconds(20));
        }
        return missed;
    }

    /** 5 % random loss and ±20 % delay jitter on every tunnel for {@code seconds}. */
    private ProfileFigures.Noise lossAndJitter(long seconds) throws Exception {
        setAll(LOSS, base, JITTER);
        int from = e.seen.size();
        Thread.sleep(seconds * 1000);
        var n = count(from, seconds, 0);
        setAll(0, base, 0);
        return n;
    }

    /** ±20 % jitter, and every 30 s (first after 10 s) the RTT of every tunnel 400 ms higher for {@code spikeMillis}. */
    private ProfileFigures.Noise spikes(long seconds, long spikeMillis) throws Exception {
        setAll(0, base, JITTER);
        int from = e.seen.size();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        int spikes = 0;
        for (long at = 10_000; start + (at + spikeMillis) * 1_000_000L <= end; at += SPIKE_EVERY_MS) {
            sleepUntil(start + at * 1_000_000L);
            setAll(0, base + SPIKE_MS, JITTER);
            Thread.sleep(spikeMillis);
            setAll(0, base, JITTER);
            spikes++;
        }
        sleepUntil(end);
        var n = count(from, seconds, spikes);
        setAll(0, base, 0);
        return n;
    }

    /**
     * Clean links for a full dpinger window, then every tunnel but the active one killed at once: when each
     * detector first calls it anything but up. Returns how many the dpinger-like detector never flagged in 30 s.
     */
    private int sideBySide(DetectorWatch dp, BenchStats ours, BenchStats dpinger) throws Exception {
        setAll(0, base, 0);
        Thread.sleep(DpingerLike.WINDOW_PROBES * DpingerLike.INTERVAL_MILLIS + DpingerLike.LOSS_INTERVAL_MILLIS);
        e.awaitAllUp(lab, Duration.ofSeconds(20));
        String active = e.engine.active();
        List<String> victims = lab.tunnels.stream().filter(t -> !t.equals(active)).toList();
        int from = e.seen.size();
        long killed = System.nanoTime();
        for (String v : victims) {
            lab.dead(v, true);
        }
        int silent = 0;
        for (String v : victims) {
            var down = e.await(LivenessEvent.class, l -> l.tunnel().equals(v) && l.condition() == LinkCondition.DOWN,
                    from, Duration.ofSeconds(5));
            if (down != null) {
                ours.add((down.nanos() - killed) / 1_000_000);
            }
            long alarm = dp.firstAlarm(v, killed, Duration.ofSeconds(30));
            if (alarm < 0) {
                silent++;
            } else {
                dpinger.add((alarm - killed) / 1_000_000);
            }
        }
        for (String v : victims) {
            lab.dead(v, false);
        }
        e.awaitAllUp(lab, Duration.ofSeconds(20));
        return silent;
    }

    private ProfileFigures.Noise count(int from, long seconds, int spikes) {
        List<EngineEvent> during = e.seen.subList(from, e.seen.size()).stream().map(LabEngine.Seen::event).toList();
        long switches = during.stream().filter(x -> x instanceof SwitchEvent).count();
        long nonUp = during.stream().filter(x -> x instanceof LivenessEvent l && l.condition() != LinkCondition.UP).count();
        return new ProfileFigures.Noise(seconds, switches, nonUp, spikes);
    }

    private void setAll(double loss, double delayMs, double jitter) throws IOException {
        for (String t : lab.tunnels) {
            lab.impair(t, loss, delayMs, jitter);
        }
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        long wait = nanos - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
