package io.github.vpnfailover.router.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vpnfailover.router.CommandResult;
import io.github.vpnfailover.router.RemoteShell;
import io.github.vpnfailover.testing.SshKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SshShell against an embedded Apache MINA sshd: auth, host keys, session reuse, timeouts, drops. */
class SshShellEmbeddedServerTest {

    private static final Duration T = Duration.ofSeconds(10);

    @TempDir
    Path dir;
    private Path knownHosts;
    private Path authorized;
    private EmbeddedSshServer server;
    private final List<SshLinkStatus> statuses = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startServer() throws Exception {
        authorized = dir.resolve("authorized_keys");
        Files.writeString(authorized, "");
        knownHosts = dir.resolve("dotssh/known_hosts");
        server = new EmbeddedSshServer(authorized, "s3cret-pw").start();
    }

    @AfterEach
    void stopServer() throws Exception {
        server.close();
    }

    @ParameterizedTest
    @CsvSource({"ed25519,''", "ed25519,key-pass", "rsa,''", "rsa,key-pass", "ecdsa,''", "ecdsa,key-pass"})
    void logsInWithKeyFilesOfEveryTypeAndReturnsExitCodeAndBothStreams(String type, String passphrase) throws Exception {
        Path key = authorizedKey(type, passphrase);
        trustServer();
        char[] secret = passphrase.isEmpty() ? null : passphrase.toCharArray();
        try (RemoteShell shell = connect(target(key, false, secret))) {
            CommandResult result = shell.run("echo out; echo err >&2; exit 3", T);
            assertThat(result.exitCode()).isEqualTo(3);
            assertThat(result.stdout()).isEqualTo("out\n");
            assertThat(result.stderr()).isEqualTo("err\n");
        }
    }

    @Test
    void refusesLockedKeyWithWrongPassphraseAsAuthError() throws Exception {
        Path key = authorizedKey("ed25519", "right-pass");
        trustServer();
        assertThatThrownBy(() -> connect(target(key, false, "wrong-pass".toCharArray())))
                .isInstanceOf(SshAuthException.class).hasMessageContaining("wrong passphrase");
    }

    @Test
    void logsInWithPasswordAndWipesTheCallersArray() throws Exception {
        trustServer();
        char[] password = "s3cret-pw".toCharArray();
        try (RemoteShell shell = connect(target(null, false, password))) {
            assertThat(shell.run("echo ok", T).stdout()).isEqualTo("ok\n");
        }
        assertThat(new String(password)).isEqualTo("\0".repeat(9));
    }

    @Test
    void wrongPasswordIsAnAuthErrorNotAConnectionRetry() throws Exception {
        trustServer();
        assertThatThrownBy(() -> connect(target(null, false, "nope".toCharArray())))
                .isInstanceOf(SshAuthException.class).hasMessageContaining("refused");
    }

    @Test
    void refusesUnknownHostKeyShowingTypeFingerprintAndTheFlag() throws Exception {
        Path key = authorizedKey("ed25519", "");
        String fingerprint = HostKeyFingerprint.sha256(server.hostKeyBlob());
        assertThatThrownBy(() -> connect(target(key, false, null)))
                .isInstanceOf(UnknownHostKeyException.class)
                .hasMessageContaining("ecdsa-sha2-nistp256").hasMessageContaining(fingerprint)
                .hasMessageContaining("--accept-new-host-key");
        assertThat(knownHosts).doesNotExist();
    }

    @Test
    void acceptsUnknownHostKeyWithFlagAndSavesItOwnerOnly() throws Exception {
        Path key = authorizedKey("ed25519", "");
        try (RemoteShell shell = connect(target(key, true, null))) {
            assertThat(shell.run("true", T).ok()).isTrue();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(knownHosts))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(knownHosts.getParent())))
                .isEqualTo("rwx------");
        assertThat(Files.readString(knownHosts)).startsWith("[127.0.0.1]:" + server.port() + " ecdsa-sha2-nistp256 ");
        try (RemoteShell again = connect(target(key, false, null))) {
            assertThat(again.run("true", T).ok()).isTrue();
        }
    }

    @Test
    void asksTheDeciderOnceWithHostTypeAndFingerprint() throws Exception {
        Path key = authorizedKey("ed25519", "");
        List<String> asked = new CopyOnWriteArrayList<>();
        SshOptions options = options().withHostKeyDecider((host, type, print) -> asked.add(host + " " + type + " " + print));
        try (RemoteShell shell = SshConnector.open(target(key, false, null), options)) {
            shell.run("true", T);
        }
        try (RemoteShell shell = SshConnector.open(target(key, false, null), options)) {
            shell.run("true", T);
        }
        assertThat(asked).containsExactly("[127.0.0.1]:" + server.port() + " ecdsa-sha2-nistp256 "
                + HostKeyFingerprint.sha256(server.hostKeyBlob()));
    }

    @Test
    void refusesChangedHostKeyEvenWithAcceptFlagShowingBothFingerprints() throws Exception {
        Path key = authorizedKey("ed25519", "");
        trustServer();
        String known = HostKeyFingerprint.sha256(server.hostKeyBlob());
        server.stop();
        server.changeHostKey();
        server.start();
        String presented = HostKeyFingerprint.sha256(server.hostKeyBlob());
        String before = Files.readString(knownHosts);
        assertThatThrownBy(() -> connect(target(key, true, null)))
                .isInstanceOf(ChangedHostKeyException.class)
                .hasMessageContaining(known).hasMessageContaining(presented).hasMessageContaining("CHANGED");
        assertThat(Files.readString(knownHosts)).isEqualTo(before);
    }

    @Test
    void reusesOneSessionForFiftyCommands() throws Exception {
        Path key = authorizedKey("ed25519", "");
        trustServer();
        try (SshShell shell = SshConnector.open(target(key, false, null), options())) {
            for (int i = 0; i < 50; i++) {
                assertThat(shell.run("echo " + i, T).stdout()).isEqualTo(i + "\n");
            }
            assertThat(shell.sessionsOpened()).isEqualTo(1);
        }
        assertThat(server.sessionsCreated()).isEqualTo(1);
    }

    @Test
    void stopsACommandAtItsTimeoutAndKeepsTheSession() throws Exception {
        Path key = authorizedKey("ed25519", "");
        trustServer();
        try (SshShell shell = SshConnector.open(target(key, false, null), options())) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> shell.run("sleep 20", Duration.ofMillis(300)))
                    .isInstanceOf(SshTimeoutException.class).hasMessageContaining("300 ms");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
            assertThat(shell.run("echo still", T).stdout()).isEqualTo("still\n");
            assertThat(shell.sessionsOpened()).isEqualTo(1);
        }
    }

    @Test
    void reconnectsOnTheNextCommandAfterTheServerDropped() throws Exception {
        Path key = authorizedKey("ed25519", "");
        trustServer();
        try (SshShell shell = SshConnector.open(target(key, false, null), options().withListener(statuses::add))) {
            shell.run("true", T);
            server.stop();
            assertThatThrownBy(() -> shell.run("echo gone", T)).isInstanceOf(SshConnectionException.class)
                    .hasMessageContaining("could not reconnect after 4 attempts");
            server.start();
            assertThat(shell.run("echo back", T).stdout()).isEqualTo("back\n");
            assertThat(shell.sessionsOpened()).isEqualTo(2);
        }
        assertThat(statuses).extracting(SshLinkStatus::state).contains(SshLinkStatus.State.RECONNECTING,
                SshLinkStatus.State.FAILED, SshLinkStatus.State.CONNECTED);
        assertThat(statuses).filteredOn(s -> s.state() == SshLinkStatus.State.RECONNECTING)
                .extracting(SshLinkStatus::retryIn).contains(Duration.ZERO, Duration.ofMillis(50),
                        Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(statuses.stream().filter(s -> s.attempt() == 3).findFirst().orElseThrow().eventDetail())
                .startsWith("attempt 3 of 4, next in 1 s");
    }

    @Test
    void streamsLinesUntilClosed() throws Exception {
        Path key = authorizedKey("ed25519", "");
        trustServer();
        List<String> lines = new CopyOnWriteArrayList<>();
        try (SshShell shell = SshConnector.open(target(key, false, null), options())) {
            RemoteShell.LineStream stream = shell.stream("for i in 1 2 3; do echo line$i; done; sleep 30", lines::add);
            org.awaitility.Awaitility.await().atMost(T).until(() -> lines.size() == 3);
            assertThat(stream.isRunning()).isTrue();
            stream.close();
            assertThat(stream.isRunning()).isFalse();
            assertThat(lines).containsExactly("line1", "line2", "line3");
            assertThat(shell.run("echo after", T).stdout()).isEqualTo("after\n");
        }
    }

    @Test
    void resolvesAnSshConfigAliasLikeSshDoes() throws Exception {
        Path key = authorizedKey("ecdsa", "");
        trustServer();
        Files.writeString(dir.resolve("dotssh/config"), """
                Host myrouter
                    HostName 127.0.0.1
                    Port %d
                    User tester
                    IdentityFile %s
                """.formatted(server.port(), key));
        var target = new SshTarget("myrouter", null, null, null, knownHosts, false, null);
        try (SshShell shell = SshConnector.open(target, options())) {
            assertThat(shell.describe()).isEqualTo("tester@myrouter:" + server.port());
            assertThat(shell.run("echo via-alias", T).stdout()).isEqualTo("via-alias\n");
        }
    }

    @Test
    void reportsAClosedPortAsConnectionRefusedAndAMissingKeyFileByName() throws Exception {
        trustServer();
        int port = server.port();
        server.stop();
        var closed = new SshTarget("127.0.0.1", port, "tester", null, knownHosts, false, null);
        assertThatThrownBy(() -> connect(closed)).isExactlyInstanceOf(SshConnectionException.class)
                .hasMessageContaining("connection refused").hasMessageContaining("tester@127.0.0.1:" + port);
        server.start();
        Path missing = dir.resolve("no such key");
        assertThatThrownBy(() -> connect(target(missing, false, null))).isInstanceOf(SshAuthException.class)
                .hasMessageContaining(missing.toString()).hasMessageContaining("does not exist");
    }

    private SshShell connect(SshTarget target) throws Exception {
        return SshConnector.open(target, options());
    }

    private SshOptions options() {
        return SshOptions.defaults().withSshDir(dir.resolve("dotssh")).withConnectTimeout(Duration.ofSeconds(5))
                .withReconnect(new ReconnectPolicy(Duration.ofMillis(50), Duration.ofMillis(200), 4));
    }

    private SshTarget target(Path key, boolean acceptNew, char[] secret) {
        return new SshTarget("127.0.0.1", server.port(), "tester", key, knownHosts, acceptNew, secret);
    }

    private Path authorizedKey(String type, String passphrase) throws Exception {
        Path key = SshKeys.generate(dir, "id_" + type, type, passphrase);
        Files.writeString(authorized, SshKeys.publicLine(key) + "\n", java.nio.file.StandardOpenOption.APPEND);
        return key;
    }

    private void trustServer() throws Exception {
        Files.createDirectories(knownHosts.getParent());
        Files.writeString(knownHosts, "[127.0.0.1]:" + server.port() + " ecdsa-sha2-nistp256 "
                + Base64.getEncoder().encodeToString(server.hostKeyBlob()) + "\n");
    }
}
