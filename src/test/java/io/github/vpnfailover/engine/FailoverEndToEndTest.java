package io.github.vpnfailover.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vpnfailover.core.LinkCondition;
import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.core.Weights;
import io.github.vpnfailover.core.ScoringMode;
import io.github.vpnfailover.engine.EngineEvent.ConfirmEvent;
import io.github.vpnfailover.engine.EngineEvent.LivenessEvent;
import io.github.vpnfailover.engine.EngineEvent.SwitchEvent;
import io.github.vpnfailover.testing.FailoverLab;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A silently dead active tunnel on a namespace router over real SSH: routes move to a live tunnel within 2 s. */
class FailoverEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void deadActiveTunnelIsReplacedByALiveOneWithinTwoSecondsAndConfirmed() throws Exception {
        assumeTrue(FailoverLab.canRun(), "needs root, /usr/sbin/sshd, /dev/net/tun and python3 (namespace router)");
        try (var lab = new FailoverLab(3, dir); var ssh = lab.ssh(); var e = new LabEngine(lab, ssh, LabEngine.settings())) {
            lab.dead("tunB", true);
            e.engine.startLiveness();
            e.awaitAllUpExcept(lab, "tunB", Duration.ofSeconds(15));
            assertThat(e.engine.active()).isEqualTo("tunA");
            int from = e.seen.size();
            long killed = System.nanoTime();
            lab.dead("tunA", true);
            var sw = e.await(SwitchEvent.class, s -> s.verified() && !"tunA".equals(s.to()), from, Duration.ofSeconds(10));
            assertThat(sw).as("a verified switch away from tunA").isNotNull();
            long ms = (sw.nanos() - killed) / 1_000_000;
            System.out.println("failover took " + ms + " ms: " + ((SwitchEvent) sw.event()).reason());
            assertThat(ms).as("kill to verified routes on a live tunnel").isLessThanOrEqualTo(2000);
            assertThat(((SwitchEvent) sw.event()).to()).as("tunB is dead: never a target").isEqualTo("tunC");
            assertThat(lab.routedVia()).isEqualTo("tunC");
            assertThat(e.await(LivenessEvent.class, l -> l.tunnel().equals("tunA") && l.condition() == LinkCondition.DOWN,
                    from, Duration.ZERO)).isNotNull();
            var confirmed = e.await(ConfirmEvent.class, c -> c.tunnel().equals("tunC"), from, Duration.ofSeconds(5));
            assertThat(confirmed).isNotNull();
            assertThat(((ConfirmEvent) confirmed.event()).confirmed()).isTrue();
            assertThat(ssh.sessionsOpened()).as("3 probe streams and every command on one SSH session").isEqualTo(1);
        }
    }

    @Test
    void failsOverWithinTwoSecondsWhileTheCycleIsMeasuringAndPicksTheBestScoredLiveTunnel() throws Exception {
        assumeTrue(FailoverLab.canRun(), "needs root, /usr/sbin/sshd, /dev/net/tun and python3 (namespace router)");
        MeasureSettings m = MeasureSettings.defaults();
        MeasureSettings labMeasure = new MeasureSettings(m.tunnelPattern(), FailoverLab.TARGETS, 4, 0.2, null, null,
                m.maxBytes(), m.maxSeconds(), m.routeMode(), null);
        // threshold 10 (+1000 %): no quality switch, so every switch here is the fast path's
        Policy p = new Policy(new Weights(1, 0, 0, 1), 1, 10, 1, 300, ScoringMode.NORMALIZED, true, labMeasure);
        try (var lab = new FailoverLab(3, dir); var e = new LabEngine(lab.ssh(), LabEngine.settings(), p)) {
            lab.impair("tunB", 0, 40, 0);
            lab.impair("tunC", 0, 10, 0);
            e.engine.start();
            e.awaitAllUp(lab, Duration.ofSeconds(15));
            var scored = e.await(EngineEvent.DecisionEvent.class, d -> d.scores().values().stream().allMatch(v -> v != null),
                    0, Duration.ofSeconds(20));
            assertThat(scored).as("a cycle scored all tunnels").isNotNull();
            var measuring = e.await(EngineEvent.ProgressEvent.class, pr -> pr.step() == Step.MEASURE, e.seen.size(), Duration.ofSeconds(10));
            assertThat(measuring).as("a cycle is measuring now").isNotNull();
            int from = e.seen.size();
            long killed = System.nanoTime();
            lab.dead("tunA", true);
            var sw = e.await(SwitchEvent.class, s -> s.verified() && !"tunA".equals(s.to()), from, Duration.ofSeconds(10));
            assertThat(sw).isNotNull();
            long ms = (sw.nanos() - killed) / 1_000_000;
            System.out.println("failover during a cycle took " + ms + " ms: " + ((SwitchEvent) sw.event()).reason());
            assertThat(ms).isLessThanOrEqualTo(2000);
            assertThat(((SwitchEvent) sw.event()).to()).isEqualTo("tunC");
            assertThat(((SwitchEvent) sw.event()).reason()).contains("best score");
        }
    }
}
