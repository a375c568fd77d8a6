package io.github.vpnfailover.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vpnfailover.core.LivenessSettings;
import io.github.vpnfailover.engine.EngineEvent.ConfirmEvent;
import io.github.vpnfailover.engine.EngineEvent.SwitchEvent;
import io.github.vpnfailover.testing.FailoverLab;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A candidate that answers its own liveness pings but carries no traffic through the default route: the switch is
 * rolled back to the live previous tunnel, and the candidate is quarantined so the next failover skips it.
 */
class CommitConfirmRollbackTest {

    @TempDir
    Path dir;

    @Test
    void switchWithoutTrafficIsRolledBackAndTheCandidateQuarantined() throws Exception {
        assumeTrue(FailoverLab.canRun(), "needs root, /usr/sbin/sshd, /dev/net/tun and python3 (namespace router)");
        LivenessSettings base = LabEngine.settings();
        LivenessSettings s = new LivenessSettings(base.targets(), base.intervalMillis(), base.timeoutMillis(), base.fall(),
                base.rise(), base.reliability(), null, 2, 120, List.of(FailoverLab.CONFIRM_ONLY_TARGET));
        try (var lab = new FailoverLab(3, dir); var e = new LabEngine(lab, lab.ssh(), s)) {
            e.engine.startLiveness();
            e.awaitAllUp(lab, Duration.ofSeconds(15));
            lab.dropTo("tunB", FailoverLab.CONFIRM_ONLY_TARGET);
            lab.impair("tunC", 0, 5, 0);
            int from = e.seen.size();

            e.engine.switchNow("tunB").get(15, TimeUnit.SECONDS);

            var confirm = e.await(ConfirmEvent.class, c -> c.tunnel().equals("tunB"), from, Duration.ofSeconds(5));
            assertThat(confirm).isNotNull();
            ConfirmEvent c = (ConfirmEvent) confirm.event();
            assertThat(c.confirmed()).isFalse();
            assertThat(c.checked()).isTrue();
            assertThat(c.detail()).contains(FailoverLab.CONFIRM_ONLY_TARGET).contains("within 2 s");
            assertThat(c.method()).as("a confirm target the streams do not ping").isEqualTo(ConfirmMethod.DEFAULT_ROUTE_PING);
            var back = e.await(SwitchEvent.class, w -> w.to().equals("tunA"), from, Duration.ofSeconds(5));
            assertThat(back).as("rollback switch").isNotNull();
            SwitchEvent rollback = (SwitchEvent) back.event();
            assertThat(rollback.verified()).isTrue();
            assertThat(rollback.kind()).isEqualTo(SwitchKind.ROLLBACK);
            assertThat(rollback.from()).isEqualTo("tunB");
            assertThat(rollback.reason()).startsWith("rollback to tunA").contains("tunB quarantined for 120 s");
            assertThat(lab.routedVia()).isEqualTo("tunA");
            assertThat(e.engine.liveness().get("tunB").isUp()).as("tunB still answers its own pings").isTrue();

            // tunB is live and faster than tunC, but quarantined: the failover must skip it
            int before = e.seen.size();
            lab.dead("tunA", true);
            var failover = e.await(SwitchEvent.class, w -> w.verified() && !w.to().equals("tunA"), before, Duration.ofSeconds(10));
            assertThat(failover).isNotNull();
            assertThat(((SwitchEvent) failover.event()).to()).isEqualTo("tunC");
            assertThat(((SwitchEvent) failover.event()).kind()).isEqualTo(SwitchKind.FAILOVER);
            assertThat(lab.routedVia()).isEqualTo("tunC");
        }
    }
}
