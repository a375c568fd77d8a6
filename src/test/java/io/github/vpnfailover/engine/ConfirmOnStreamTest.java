package io.github.vpnfailover.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vpnfailover.engine.EngineEvent.ConfirmEvent;
import io.github.vpnfailover.engine.EngineEvent.SwitchEvent;
import io.github.vpnfailover.router.CommandResult;
import io.github.vpnfailover.router.RemoteShell;
import io.github.vpnfailover.router.ShellException;
import io.github.vpnfailover.testing.FailoverLab;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commit-confirm on the namespace router over real SSH (decision 0201): with the confirm targets the liveness
 * streams already ping, a switch is confirmed on the new tunnel's open stream and runs no ping command of its own;
 * a candidate that went silent just before the switch is rolled back on the stream's word.
 */
class ConfirmOnStreamTest {

    @TempDir
    Path dir;

    @Test
    void confirmsOnTheOpenStreamAndRollsBackWhenItStaysSilent() throws Exception {
        assumeTrue(FailoverLab.canRun(), "needs root, /usr/sbin/sshd, /dev/net/tun and python3 (namespace router)");
        try (var lab = new FailoverLab(2, dir)) {
            var shell = new CommandLog(lab.ssh());
            try (var e = new LabEngine(lab, shell, LabEngine.settings())) {
                e.engine.startLiveness();
                e.awaitAllUp(lab, Duration.ofSeconds(15));
                int from = e.seen.size();
                shell.commands.clear();
                e.engine.switchNow("tunB").get(15, TimeUnit.SECONDS);
                ConfirmEvent ok = confirm(e, "tunB", from);
                assertThat(ok.confirmed()).isTrue();
                assertThat(ok.method()).isEqualTo(ConfirmMethod.LIVENESS_STREAM);
                assertThat(shell.commands).as("no confirm ping of its own").noneMatch(c -> c.contains("ping -n -c"));

                e.awaitAllUp(lab, Duration.ofSeconds(15));
                from = e.seen.size();
                lab.dead("tunA", true); // silent, but not yet judged: the switch goes ahead and the stream must catch it
                e.engine.switchNow("tunA").get(15, TimeUnit.SECONDS);
                ConfirmEvent failed = confirm(e, "tunA", from);
                assertThat(failed.confirmed()).isFalse();
                assertThat(failed.checked()).isTrue();
                assertThat(failed.method()).isEqualTo(ConfirmMethod.LIVENESS_STREAM);
                var back = e.await(SwitchEvent.class, w -> w.kind() == SwitchKind.ROLLBACK, from, Duration.ofSeconds(5));
                assertThat(back).as("rollback to tunB").isNotNull();
                assertThat(((SwitchEvent) back.event()).to()).isEqualTo("tunB");
                assertThat(lab.routedVia()).isEqualTo("tunB");
            }
        }
    }

    private static ConfirmEvent confirm(LabEngine e, String tunnel, int from) throws InterruptedException {
        var seen = e.await(ConfirmEvent.class, c -> c.tunnel().equals(tunnel), from, Duration.ofSeconds(8));
        assertThat(seen).as("confirm event for " + tunnel).isNotNull();
        return (ConfirmEvent) seen.event();
    }

    /** Records every one-shot command sent to the router. */
    private static final class CommandLog implements RemoteShell {
        final List<String> commands = new CopyOnWriteArrayList<>();
        private final RemoteShell inner;

        CommandLog(RemoteShell inner) {
            this.inner = inner;
        }

        @Override
        public CommandResult run(String command, Duration timeout) throws ShellException {
            commands.add(command);
            return inner.run(command, timeout);
        }

        @Override
        public LineStream stream(String command, Consumer<String> onLine) throws ShellException {
            return inner.stream(command, onLine);
        }

        @Override
        public String describe() {
            return inner.describe();
        }

        @Override
        public void close() {
            inner.close();
        }
    }
}
