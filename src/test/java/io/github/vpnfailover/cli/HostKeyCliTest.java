package io.github.vpnfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vpnfailover.testing.OpenSshServer;
import io.github.vpnfailover.testing.SshKeys;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The host-key rules through the real command line and the real connect path, against a real sshd: an unknown
 * key is refused without --accept-new-host-key (and saved owner-only with it); a changed key is refused even
 * with the flag, naming both fingerprints. Nothing is logged in while a key is refused.
 */
class HostKeyCliTest {

    @TempDir
    Path serverDir;
    @TempDir
    Path clientDir;
    private OpenSshServer server;
    private Path knownHosts;

    @BeforeEach
    void start() throws Exception {
        assumeTrue(OpenSshServer.canRun(), "needs root and /usr/sbin/sshd (apt-get install openssh-server)");
        server = OpenSshServer.start(serverDir);
        knownHosts = clientDir.resolve("ssh/known_hosts");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void unknownKeyIsRefusedWithoutTheFlagAndSavedOwnerOnlyWithIt() throws Exception {
        Run refused = tunnels();
        assertThat(refused.exit).isEqualTo(ExitCodes.CONNECTION);
        assertThat(refused.err).contains("Unknown host key").contains(server.hostKeyFingerprint()).contains("--accept-new-host-key");
        assertThat(knownHosts).doesNotExist();
        assertThat(server.acceptedLogins()).isZero();

        Run accepted = tunnels("--accept-new-host-key");
        assertThat(accepted.exit).as(accepted.err).isZero();
        assertThat(Files.readString(knownHosts)).contains(server.knownHostsLine().split(" ")[2]);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(knownHosts))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(knownHosts.getParent()))).isEqualTo("rwx------");

        Run again = tunnels();
        assertThat(again.exit).as("now known: no flag needed").isZero();
        assertThat(server.acceptedLogins()).isEqualTo(2);
    }

    @Test
    void changedKeyIsRefusedEvenWithTheFlagNamingBothFingerprints() throws Exception {
        Path other = SshKeys.generate(clientDir, "other_host_key", "ed25519", "");
        String[] otherPub = SshKeys.publicLine(other).split("\\s+");
        String forged = "[127.0.0.1]:" + server.port() + " " + otherPub[0] + " " + otherPub[1] + "\n";
        Files.createDirectories(knownHosts.getParent());
        Files.writeString(knownHosts, forged);

        Run refused = tunnels("--accept-new-host-key");

        assertThat(refused.exit).isEqualTo(ExitCodes.CONNECTION);
        assertThat(refused.err).contains("HOST KEY CHANGED").contains(server.hostKeyFingerprint())
                .contains(SshKeys.fingerprint(other.resolveSibling(other.getFileName() + ".pub")));
        assertThat(Files.readString(knownHosts)).as("the known key is never replaced").isEqualTo(forged);
        assertThat(server.acceptedLogins()).isZero();
    }

    @Test
    void aMalformedLineBeforeTheOldKeyStillRefusesTheChangedKeyWithTheFlagAndWritesNothing() throws Exception {
        Path other = SshKeys.generate(clientDir, "old_host_key", "ed25519", "");
        String[] old = SshKeys.publicLine(other).split("\\s+");
        String text = "junk ssh-ed25519 @@@notbase64@@@\n[127.0.0.1]:" + server.port() + " " + old[0] + " " + old[1] + "\n";
        Files.createDirectories(knownHosts.getParent());
        Files.writeString(knownHosts, text);

        Run refused = tunnels("--accept-new-host-key");

        assertThat(refused.exit).isEqualTo(ExitCodes.CONNECTION);
        assertThat(refused.err).contains("HOST KEY CHANGED").contains(knownHosts + ":2");
        assertThat(Files.readString(knownHosts)).isEqualTo(text);
        assertThat(server.acceptedLogins()).isZero();
    }

    @Test
    void aRevokedKeyIsExitThreeWithItsFingerprintAndLine() throws Exception {
        String[] line = server.knownHostsLine().split(" ");
        Files.createDirectories(knownHosts.getParent());
        Files.writeString(knownHosts, server.knownHostsLine() + "\n@revoked * " + line[1] + " " + line[2] + "\n");

        Run refused = tunnels("--accept-new-host-key");

        assertThat(refused.exit).isEqualTo(ExitCodes.CONNECTION);
        assertThat(refused.err).contains("REVOKED").contains(server.hostKeyFingerprint()).contains(knownHosts + ":2");
        assertThat(server.acceptedLogins()).isZero();
    }

    private record Run(int exit, String out, String err) { }

    private Run tunnels(String... extra) {
        var cl = RootCommand.commandLine();
        var out = new StringWriter();
        var err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        String[] base = {"tunnels", "--host", "127.0.0.1", "--port", Integer.toString(server.port()), "--user", "root",
            "--identity", server.clientKey().toString(), "--known-hosts", knownHosts.toString()};
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(extra)).toArray(String[]::new);
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
