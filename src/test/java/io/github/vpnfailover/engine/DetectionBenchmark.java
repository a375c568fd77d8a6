package io.github.vpnfailover.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vpnfailover.core.DpingerLike;
import io.github.vpnfailover.core.LivenessSettings;
import io.github.vpnfailover.testing.FailoverLab;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Detection and failover with the adaptive miss timeout (decisions 0200, 0202), on the failover lab over real SSH,
 * two profiles (20 and 150 ms RTT): failover time, false failovers under loss + jitter (and a 400 ms spike every
 * 30 s on 150 ms), probe bytes per tunnel, and a dpinger-like detector beside ours on the same tunnels.
 * {@code -Dvfm.detect.trials=20 -Dvfm.detect.noiseSeconds=120 -Dvfm.detect.intervalMs=200 -Dvfm.detect.spikeMillis=2000
 * -Dvfm.detect.dpingerRounds=1 -Dvfm.detect.profiles=20,150}.
 */
@Tag("bench")
class DetectionBenchmark {

    @TempDir
    Path dir;

    @Test
    void failoverTimeFalseFailoversProbeTrafficAndDpingerSideBySide() throws Exception {
        assumeTrue(FailoverLab.canRun(), "needs root, /usr/sbin/sshd, /dev/net/tun and python3 (namespace router)");
        int interval = Integer.getInteger("vfm.detect.intervalMs", 200);
        LivenessSettings ours = LabEngine.settings().withIntervalMillis(interval);
        var plan = new DetectionProfileRun.Plan(Integer.getInteger("vfm.detect.trials", 20),
                Long.getLong("vfm.detect.noiseSeconds", 120), true, Long.getLong("vfm.detect.spikeMillis", 2000),
                Integer.getInteger("vfm.detect.dpingerRounds", 1));
        List<ProfileFigures> all = new ArrayList<>();
        for (String p : System.getProperty("vfm.detect.profiles", "20,150").split(",")) {
            double base = Double.parseDouble(p.trim());
            var profilePlan = new DetectionProfileRun.Plan(plan.trials(), plan.noiseSeconds(), base >= 100, plan.spikeMillis(),
                    plan.dpingerRounds());
            all.add(DetectionProfileRun.run(dir.resolve("p" + p.trim()), base, ours, profilePlan));
        }
        System.out.println(report(ours, plan, all));
        for (ProfileFigures f : all) {
            long target = f.baseRttMs() < 100 ? 1000 : 1500;
            assertThat(f.noFailover()).as("trials without a failover at %.0f ms", f.baseRttMs()).isZero();
            assertThat(f.failover().pct(95)).as("failover p95 at %.0f ms", f.baseRttMs()).isLessThanOrEqualTo(target);
            assertThat(f.lossJitter().clean()).as("no false failover under loss and jitter at %.0f ms", f.baseRttMs()).isTrue();
            assertThat(f.spike() == null || f.spike().clean()).as("no false failover with spikes at %.0f ms", f.baseRttMs()).isTrue();
        }
    }

    private static String report(LivenessSettings s, DetectionProfileRun.Plan plan, List<ProfileFigures> all) {
        var out = new StringBuilder(String.format(Locale.ROOT, """
                === Detection benchmark (failover lab over SSH, 3 TUN tunnels per profile, targets %s; ours: a ping every \
                %d ms, miss timeout max(srtt+4*rttvar, 2*srtt) in [%d, %d] ms, fall %d, rise %d; dpinger-like: every %d ms, loss \
                interval %d ms, %d-probe window, alarm at %.0f %% loss) ===
                """, s.targets(), s.intervalMillis(), s.minTimeoutMillis(), s.timeoutMillis(), s.fall(), s.rise(),
                DpingerLike.INTERVAL_MILLIS, DpingerLike.LOSS_INTERVAL_MILLIS, DpingerLike.WINDOW_PROBES,
                DpingerLike.ALARM_LOSS_PERCENT));
        for (ProfileFigures f : all) {
            out.append(String.format(Locale.ROOT, """
                    -- %.0f ms RTT --
                    failover (active stops forwarding -> verified routes on a live tunnel): %s; no failover in %d trials \
                    (target p95 <= %d ms)
                      of which detection (kill -> DOWN): %s
                    false failovers, 5 %% loss and +-20 %% jitter on every tunnel for %d s: %d switches, %d non-UP reports (target 0)
                    """, f.baseRttMs(), f.failover().summary(), f.noFailover(), f.baseRttMs() < 100 ? 1000 : 1500,
                    f.detection().summary(), f.lossJitter().seconds(), f.lossJitter().switches(), f.lossJitter().nonUp()));
            if (f.spike() != null) {
                out.append(String.format(Locale.ROOT, "false failovers, +-20 %% jitter and %d spikes of +400 ms RTT lasting %d ms"
                        + " (every 30 s) in %d s: %d switches, %d non-UP reports (target 0)%n", f.spike().spikes(),
                        plan.spikeMillis(), f.spike().seconds(), f.spike().switches(), f.spike().nonUp()));
            }
            out.append(String.format(Locale.ROOT, """
                    probe traffic per tunnel: ours %.0f B/s ICMP + %.0f B/s ping output over SSH; dpinger-like %.0f B/s ICMP + \
                    %.0f B/s over SSH
                    detection side by side (idle tunnels killed after a clean 62 s): ours %s; dpinger-like %s; dpinger-like \
                    silent after 30 s: %d
                    """, f.icmpOurs(), f.sshOurs(), f.icmpDpinger(), f.sshDpinger(), f.oursKilled().summary(),
                    f.dpingerKilled().summary(), f.dpingerSilent()));
        }
        return out.toString();
    }
}
