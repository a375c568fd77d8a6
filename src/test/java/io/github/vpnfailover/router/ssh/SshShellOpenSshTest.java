package io.github.vpnfailover.router.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.vpnfailover.router.CommandResult;
import io.github.vpnfailover.router.ShellException;
import io.github.vpnfailover.testing.OpenSshServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** SshShell against a real OpenSSH sshd started by the test on 127.0.0.1 (needs root). */
class SshShellOpenSshTest {

    private static final Duration T = Duration.ofSeconds(10);

    @TempDir
    Path serverDir;
    @TempDir
    Path clientDir;
    private OpenSshServer server;
    private Path knownHosts;

    @BeforeEach
    void requireRoot() {
        assumeTrue(OpenSshServer.canRun(), "needs root and /usr/sbin/sshd (apt-get install openssh-server)");
        knownHosts = clientDir.resolve("dotssh/known_hosts");
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void runsFiftyCommandsOverOneLoginWithExitCodesAndBothStreams() throws Exception {
        server = OpenSshServer.start(serverDir);
        trust();
        try (SshShell shell = SshConnector.open(rootTarget(), options())) {
            CommandResult result = shell.run("echo out; echo err >&2; exit 7", T);
            assertThat(result).isEqualTo(new CommandResult(7, "out\n", "err\n"));
            for (int i = 0; i < 49; i++) {
                assertThat(shell.run("echo $((" + i + " * 2))", T).stdout()).isEqualTo(i * 2 + "\n");
            }
            assertThat(shell.sessionsOpened()).isEqualTo(1);
        }
        assertThat(server.acceptedLogins()).isEqualTo(1);
    }

    @Test
    void sshdKilledMidCommandGivesAClearErrorAndTheNextCommandReconnectsAfterRestart() throws Exception {
        server = OpenSshServer.start(serverDir);
        trust();
        try (SshShell shell = SshConnector.open(rootTarget(), options())) {
            assertThat(shell.run("echo before", T).stdout()).isEqualTo("before\n");
            var running = CompletableFuture.supplyAsync(() -> runQuietly(shell, "sleep 20; echo never"));
            Thread.sleep(500);
            server.kill();
            Object outcome = running.get(15, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(outcome).isInstanceOf(SshConnectionException.class);
            assertThat(((Exception) outcome).getMessage()).contains("Lost the SSH connection to root@127.0.0.1");
            server.restart();
            assertThat(shell.run("echo after", T).stdout()).isEqualTo("after\n");
            assertThat(shell.sessionsOpened()).isEqualTo(2);
        }
    }

    @Test
    void refusesUnknownAndChangedHostKeysOfARealSshd() throws Exception {
        server = OpenSshServer.start(serverDir);
        assertThatThrownBy(() -> SshConnector.open(rootTarget(), options()))
                .isInstanceOf(UnknownHostKeyException.class).hasMessageContaining(server.hostKeyFingerprint());
        Files.createDirectories(knownHosts.getParent());
        String forged = server.knownHostsLine().replaceFirst(" [A-Za-z0-9+/=]+$",
                " AAAAC3NzaC1lZDI1NTE5AAAAIBTpmd8RxdWVo5NDyvIF8qvBMbvjWOBSTCrKm7TJVvHf");
        Files.writeString(knownHosts, forged + "\n");
        assertThatThrownBy(() -> SshConnector.open(rootTarget(), options()))
                .isInstanceOf(ChangedHostKeyException.class).hasMessageContaining(server.hostKeyFingerprint())
                .hasMessageContaining("SHA256:");
        assertThat(server.acceptedLogins()).isZero();
    }

    @Test
    void passwordLoginWorksAndThePasswordIsNeverWrittenToFilesOrLogs() throws Exception {
        String name = "vfm" + HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt()).substring(0, 4);
        String secret = "pw-" + HexFormat.of().formatHex(new byte[] {(byte) 0x5e, (byte) 0xc7, 0x3a, 0x11}) + "-Zq";
        server = OpenSshServer.start(serverDir, null, "127.0.0.1", OpenSshServer.freePort(),
                new OpenSshServer.PasswordUser(name, 60000 + ThreadLocalRandom.current().nextInt(5000), secret.toCharArray()));
        trust();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger jsch = (Logger) LoggerFactory.getLogger("com.jcraft.jsch");
        Level rootLevel = root.getLevel();
        Level jschLevel = jsch.getLevel();
        var captured = new ListAppender<ILoggingEvent>();
        captured.start();
        root.addAppender(captured);
        root.setLevel(Level.ALL);
        jsch.setLevel(Level.ALL);
        try {
            var target = new SshTarget("127.0.0.1", server.port(), name, null, knownHosts, false, secret.toCharArray());
            try (SshShell shell = SshConnector.open(target, options())) {
                assertThat(shell.run("id -un", T).stdout()).isEqualTo(name + "\n");
            }
        } finally {
            root.detachAppender(captured);
            root.setLevel(rootLevel);
            jsch.setLevel(jschLevel);
        }
        assertThat(captured.list).isNotEmpty();
        assertThat(captured.list).noneMatch(e -> e.getFormattedMessage().contains(secret));
        assertThat(Files.readString(server.log())).contains("Accepted password for " + name);
        for (Path tree : new Path[] {serverDir, clientDir}) {
            try (Stream<Path> files = Files.walk(tree)) {
                files.filter(Files::isRegularFile).forEach(file -> assertThat(read(file)).doesNotContain(secret));
            }
        }
    }

    @Test
    void hostileHostValuesAreRefusedBeforeConnectingAndNeverExecuted() throws Exception {
        server = OpenSshServer.start(serverDir);
        trust();
        Path marker = clientDir.resolve("pwned");
        for (String host : new String[] {"-oProxyCommand=touch " + marker, "-oProxyCommand=touch\t" + marker,
                "127.0.0.1 -oProxyCommand=touch " + marker, "$(touch " + marker + ")", "127.0.0.1;touch " + marker}) {
            var target = new SshTarget(host, server.port(), "root", server.clientKey(), knownHosts, false, null);
            assertThatThrownBy(() -> SshConnector.open(target, options()))
                    .isInstanceOf(InvalidTargetException.class).hasMessageContaining("not a host name or address");
        }
        Files.writeString(clientDir.resolve("dotssh/config"), """
                Host evil
                    HostName -oProxyCommand=touch %1$s
                Host proxied
                    HostName 127.0.0.1
                    ProxyCommand touch %1$s
                """.formatted(marker));
        var evil = new SshTarget("evil", server.port(), "root", server.clientKey(), knownHosts, false, null);
        assertThatThrownBy(() -> SshConnector.open(evil, options())).isInstanceOf(InvalidTargetException.class)
                .hasMessageContaining("HostName of evil");
        var proxied = new SshTarget("proxied", server.port(), "root", server.clientKey(), knownHosts, false, null);
        // decision 0131: a ProxyCommand is neither run nor connected around
        assertThatThrownBy(() -> SshConnector.open(proxied, options())).isInstanceOf(InvalidTargetException.class)
                .hasMessageContaining("ProxyCommand").hasMessageContaining("will not connect directly");
        assertThat(marker).doesNotExist();
        assertThat(server.acceptedLogins()).isZero();
    }

    private static Object runQuietly(SshShell shell, String command) {
        try {
            return shell.run(command, Duration.ofSeconds(30));
        } catch (ShellException e) {
            return e;
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private SshTarget rootTarget() {
        return new SshTarget("127.0.0.1", server.port(), "root", server.clientKey(), knownHosts, false, null);
    }

    private SshOptions options() {
        return SshOptions.defaults().withSshDir(clientDir.resolve("dotssh")).withConnectTimeout(Duration.ofSeconds(5))
                .withReconnect(new ReconnectPolicy(Duration.ofMillis(100), Duration.ofMillis(400), 4));
    }

    private void trust() throws Exception {
        Files.createDirectories(knownHosts.getParent());
        Files.writeString(knownHosts, server.knownHostsLine() + "\n");
    }
}
