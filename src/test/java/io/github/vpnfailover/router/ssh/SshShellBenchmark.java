package io.github.vpnfailover.router.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vpnfailover.testing.OpenSshServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-command cost over the reused session versus a new SSH connection per command, against a real sshd. */
@Tag("bench")
class SshShellBenchmark {

    @TempDir
    Path dir;

    @Test
    void reusedSessionIsFarCheaperPerCommandThanAConnectionPerCommand() throws Exception {
        assumeTrue(OpenSshServer.canRun(), "needs root and /usr/sbin/sshd");
        try (var server = OpenSshServer.start(Files.createDirectories(dir.resolve("sshd")))) {
            Path known = dir.resolve("known_hosts");
            Files.writeString(known, server.knownHostsLine() + "\n");
            var target = new SshTarget("127.0.0.1", server.port(), "root", server.clientKey(), known, false, null);
            var options = SshOptions.defaults().withSshDir(dir.resolve("dotssh"));
            Duration timeout = Duration.ofSeconds(10);
            int reusedRuns = 300;
            int freshRuns = 30;
            try (SshShell warm = SshConnector.open(target, options)) {
                for (int i = 0; i < 20; i++) {
                    warm.run("true", timeout);
                }
            }
            long start = System.nanoTime();
            try (SshShell shell = SshConnector.open(target, options)) {
                for (int i = 0; i < reusedRuns; i++) {
                    shell.run("true", timeout);
                }
            }
            double reusedMs = (System.nanoTime() - start) / 1e6 / reusedRuns;
            start = System.nanoTime();
            for (int i = 0; i < freshRuns; i++) {
                try (SshShell shell = SshConnector.open(target, options)) {
                    shell.run("true", timeout);
                }
            }
            double freshMs = (System.nanoTime() - start) / 1e6 / freshRuns;
            System.out.printf("ssh per command: reused session %.2f ms, new connection %.2f ms (%.1fx)%n",
                    reusedMs, freshMs, freshMs / reusedMs);
            assertThat(reusedMs).isLessThan(freshMs);
        }
    }
}
