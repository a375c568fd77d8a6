package io.github.vpnfailover.router.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vpnfailover.testing.OracleTable;
import io.github.vpnfailover.testing.OpenSshClient;
import io.github.vpnfailover.testing.OpenSshServer;
import io.github.vpnfailover.testing.SshKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ProxyJump through real sshds on other loopback ports, with the real ssh as the oracle on the same config:
 * each hop's host key is checked, and a jump that is down, unknown, changed or refuses to forward means no
 * connection at all (the router's sshd sees no login), never a direct one.
 */
class ProxyJumpOpenSshTest {

    private static final List<String> ROWS = new ArrayList<>();

    @TempDir
    Path dir;
    private OpenSshServer router;
    private OpenSshServer jump;
    private OpenSshServer jump2;
    private Path knownHosts;

    @BeforeEach
    void start() throws Exception {
        assumeTrue(OpenSshServer.canRun(), "needs root and /usr/sbin/sshd (apt-get install openssh-server)");
        assumeTrue(OpenSshClient.available(), "needs /usr/bin/ssh (apt-get install openssh-client)");
        router = OpenSshServer.start(Files.createDirectories(dir.resolve("router")));
        knownHosts = dir.resolve("known_hosts");
    }

    @AfterEach
    void stop() {
        for (OpenSshServer s : new OpenSshServer[] {router, jump, jump2}) {
            if (s != null) {
                s.close();
            }
        }
    }

    @AfterAll
    static void print() throws Exception {
        OracleTable.write("proxy-jump", "ProxyJump cases, OpenSSH vs ours",
                "| ProxyJump case | ssh | ours | router logins (ssh, ours) |", ROWS);
    }

    @Test
    void oneHopConnectsThroughTheJumpHostLikeSsh() throws Exception {
        jump = OpenSshServer.start(Files.createDirectories(dir.resolve("jump")));
        Files.writeString(knownHosts, router.knownHostsLine() + "\n" + jump.knownHostsLine() + "\n");
        Path config = config("jump");

        Outcome outcome = both("one hop", config);

        assertThat(outcome.ssh).isEqualTo("CONNECTS");
        assertThat(outcome.ours).isEqualTo("CONNECTS");
        assertThat(jump.acceptedLogins()).as("both logged in on the jump host").isEqualTo(2);
        assertThat(router.acceptedLogins()).isEqualTo(2);
    }

    @Test
    void twoHopsEachWithItsOwnHostKeyCheck() throws Exception {
        jump = OpenSshServer.start(Files.createDirectories(dir.resolve("jump")));
        jump2 = OpenSshServer.start(Files.createDirectories(dir.resolve("jump2")));
        Files.writeString(knownHosts, router.knownHostsLine() + "\n" + jump.knownHostsLine() + "\n");
        Path config = config("jump,jump2");

        Outcome unknownSecond = both("two hops, second jump's key unknown", config);
        assertThat(unknownSecond.ssh).isEqualTo("UNKNOWN");
        assertThat(unknownSecond.ours).isEqualTo("UNKNOWN");
        assertThat(unknownSecond.message).contains("[127.0.0.1]:" + jump2.port());

        Files.writeString(knownHosts, jump2.knownHostsLine() + "\n", java.nio.file.StandardOpenOption.APPEND);
        Outcome ok = both("two hops, all keys known", config);
        assertThat(ok.ssh).isEqualTo("CONNECTS");
        assertThat(ok.ours).isEqualTo("CONNECTS");
        assertThat(jump2.acceptedLogins()).isEqualTo(2);
        assertThat(router.acceptedLogins()).isEqualTo(2);
    }

    @Test
    void aJumpHostThatIsDownChangedOrRefusesForwardingMeansNoConnectionNeverADirectOne() throws Exception {
        jump = OpenSshServer.startWith(Files.createDirectories(dir.resolve("jump")), List.of("AllowTcpForwarding no"));
        Files.writeString(knownHosts, router.knownHostsLine() + "\n" + jump.knownHostsLine() + "\n");
        Path config = config("jump");

        Outcome refused = both("jump refuses forwarding", config);
        assertThat(refused.ssh).isEqualTo("OTHER");
        assertThat(refused.ours).isEqualTo("OTHER");
        assertThat(refused.message).contains("jump host");

        Path other = SshKeys.generate(dir, "other", "ed25519", "");
        Files.writeString(knownHosts, router.knownHostsLine() + "\n[127.0.0.1]:" + jump.port() + " "
                + SshKeys.publicLine(other).split(" ")[0] + " " + SshKeys.publicLine(other).split(" ")[1] + "\n");
        Outcome changed = both("jump's host key changed", config);
        assertThat(changed.ssh).isEqualTo("CHANGED");
        assertThat(changed.ours).isEqualTo("CHANGED");

        jump.kill();
        Outcome down = both("jump host down", config);
        assertThat(down.ssh).isEqualTo("OTHER");
        assertThat(down.ours).isEqualTo("OTHER");
        assertThat(down.message).contains("jump host");

        assertThat(router.acceptedLogins()).as("the router never saw a login, direct or otherwise").isZero();
    }

    private record Outcome(String ssh, String ours, String message) { }

    private Outcome both(String name, Path config) throws Exception {
        long before = router.acceptedLogins();
        OpenSshClient.Run run = OpenSshClient.run(List.of("ssh", "-F", config.toString(), "-o", "BatchMode=yes",
                "-o", "ConnectTimeout=10", "router", "true"));
        String ssh = OpenSshClient.classify(run).name();
        long afterSsh = router.acceptedLogins();
        String ours;
        String message = "";
        try (SshShell shell = SshConnector.open(new SshTarget("router", null, null, null, null, false, null),
                SshOptions.defaults().withSshDir(dir.resolve("dotssh")).withSshConfig(config)
                        .withConnectTimeout(Duration.ofSeconds(10)))) {
            ours = shell.run("true", Duration.ofSeconds(10)).exitCode() == 0 ? "CONNECTS" : "OTHER";
        } catch (ChangedHostKeyException e) {
            ours = "CHANGED";
            message = e.getMessage();
        } catch (UnknownHostKeyException e) {
            ours = "UNKNOWN";
            message = e.getMessage();
        } catch (Exception e) {
            ours = "OTHER";
            message = e.getMessage();
        }
        long afterOurs = router.acceptedLogins();
        ROWS.add("| " + name + " | " + ssh + " | " + ours + (message.isEmpty() ? "" : ": " + message.replace("|", "/"))
                + " | " + (afterSsh - before) + ", " + (afterOurs - afterSsh) + " |");
        return new Outcome(ssh, ours, message);
    }

    private Path config(String proxyJump) throws Exception {
        StringBuilder text = new StringBuilder();
        text.append("Host router\n  HostName 127.0.0.1\n  Port ").append(router.port()).append("\n  IdentityFile ")
                .append(router.clientKey()).append("\n  ProxyJump ").append(proxyJump).append("\n");
        for (var entry : List.of(new Object[] {"jump", jump}, new Object[] {"jump2", jump2})) {
            OpenSshServer s = (OpenSshServer) entry[1];
            if (s != null) {
                text.append("Host ").append(entry[0]).append("\n  HostName 127.0.0.1\n  Port ").append(s.port())
                        .append("\n  IdentityFile ").append(s.clientKey()).append("\n");
            }
        }
        text.append("Host *\n  User root\n  IdentitiesOnly yes\n  UserKnownHostsFile ").append(knownHosts)
                .append("\n  StrictHostKeyChecking yes\n  GlobalKnownHostsFile /dev/null\n  UpdateHostKeys no\n");
        Path file = dir.resolve("config");
        Files.writeString(file, text);
        return file;
    }
}
