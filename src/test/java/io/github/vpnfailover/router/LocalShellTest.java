package io.github.vpnfailover.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalShellTest {

    private final LocalShell shell = new LocalShell();

    @Test
    void returnsExitCodeStdoutAndStderrSeparately() throws Exception {
        CommandResult r = shell.run("echo out; echo err >&2; exit 3", Duration.ofSeconds(5));
        assertThat(r).isEqualTo(new CommandResult(3, "out\n", "err\n"));
        assertThat(r.ok()).isFalse();
    }

    @Test
    void largeOutputOnBothStreamsDoesNotDeadlock() throws Exception {
        CommandResult r = shell.run("head -c 1000000 /dev/zero | tr '\\0' e >&2; head -c 1000000 /dev/zero | tr '\\0' o",
                Duration.ofSeconds(10));
        assertThat(r.stdout()).hasSize(1_000_000);
        assertThat(r.stderr()).hasSize(1_000_000);
    }

    @Test
    void timeoutKillsTheWholeProcessTree(@TempDir Path dir) throws Exception {
        Path pidFile = dir.resolve("child.pid");
        long start = System.nanoTime();
        assertThatThrownBy(() -> shell.run("sleep 30 & echo $! > " + pidFile + "; wait", Duration.ofMillis(500)))
                .isInstanceOf(ShellException.class).hasMessageContaining("timed out");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        long child = Long.parseLong(Files.readString(pidFile).trim());
        await().atMost(Duration.ofSeconds(5)).until(() -> ProcessHandle.of(child).map(p -> !p.isAlive()).orElse(true));
    }

    @Test
    void streamsLinesUntilClosed() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        try (RemoteShell.LineStream s = shell.stream("i=0; while true; do i=$((i+1)); echo line$i; sleep 0.05; done", lines::add)) {
            await().atMost(Duration.ofSeconds(5)).until(() -> lines.size() >= 3);
            assertThat(s.isRunning()).isTrue();
            s.close();
            await().atMost(Duration.ofSeconds(5)).until(() -> !s.isRunning());
        }
        assertThat(lines.subList(0, 3)).containsExactly("line1", "line2", "line3");
    }

    @Test
    void pingAndCurlRunAgainstLoopback() throws Exception {
        CommandResult r = shell.run("ping -c 2 -i 0.2 127.0.0.1", Duration.ofSeconds(10));
        PingSummary p = new PingParser().parse(r.stdout()).valueOrNull();
        assertThat(p.received()).isEqualTo(2);
        assertThat(p.avgMs()).isPositive();
    }
}
