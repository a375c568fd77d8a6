package io.github.vpnfailover.router.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vpnfailover.testing.SshKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Logs in with a key that only a real ssh-agent holds (no key file is given to the connector). */
class SshAgentTest {

    @TempDir
    Path dir;

    @Test
    void logsInWithAKeyHeldByTheAgent() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/ssh-agent")), "needs ssh-agent (apt-get install openssh-client)");
        Path key = SshKeys.generate(dir, "agent_key", "ed25519", "");
        Path authorized = dir.resolve("authorized_keys");
        Files.writeString(authorized, SshKeys.publicLine(key) + "\n");
        Path socket = dir.resolve("agent.sock");
        Process agent = new ProcessBuilder("ssh-agent", "-D", "-a", socket.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("agent.log").toFile()).start();
        try (var server = new EmbeddedSshServer(authorized, null).start()) {
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(socket));
            var addKey = new ProcessBuilder("ssh-add", key.toString()).redirectErrorStream(true);
            addKey.environment().put("SSH_AUTH_SOCK", socket.toString());
            Process add = addKey.start();
            assertThat(add.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(add.exitValue()).as(new String(add.getInputStream().readAllBytes())).isZero();
            Files.delete(key);
            Path knownHosts = dir.resolve("known_hosts");
            Files.writeString(knownHosts, "[127.0.0.1]:" + server.port() + " ecdsa-sha2-nistp256 "
                    + Base64.getEncoder().encodeToString(server.hostKeyBlob()) + "\n");
            var options = SshOptions.defaults().withSshDir(dir.resolve("empty-dotssh")).withAgentSocket(socket);
            var target = new SshTarget("127.0.0.1", server.port(), "tester", null, knownHosts, false, null);
            try (SshShell shell = SshConnector.open(target, options)) {
                assertThat(shell.run("echo agent", Duration.ofSeconds(10)).stdout()).isEqualTo("agent\n");
            }
        } finally {
            agent.destroyForcibly();
            agent.waitFor(5, TimeUnit.SECONDS);
        }
    }
}
