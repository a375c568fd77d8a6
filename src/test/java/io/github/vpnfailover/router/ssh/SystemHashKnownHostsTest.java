package io.github.vpnfailover.router.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vpnfailover.testing.OpenSshClient;
import io.github.vpnfailover.testing.OpenSshServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Debian's /etc/ssh/ssh_config says {@code HashKnownHosts yes}. A new host key accepted by plain {@code ssh}
 * (no -F, so it reads that file; run in a private mount namespace over a copy) and by us with the same system file
 * must both be saved hashed, and each file must be found by {@code ssh-keygen -F} for the server.
 */
class SystemHashKnownHostsTest {

    @TempDir
    Path dir;

    @Test
    void aNewHostKeyIsSavedHashedAsSshSavesIt() throws Exception {
        assumeTrue(OpenSshServer.canRun(), "needs root (a private mount namespace) and /usr/sbin/sshd");
        assumeTrue(OpenSshClient.available(), "needs /usr/bin/ssh (apt-get install openssh-client)");
        try (OpenSshServer server = OpenSshServer.start(Files.createDirectories(dir.resolve("srv")))) {
            Path etc = Files.createDirectories(dir.resolve("etc-ssh"));
            Files.writeString(etc.resolve("ssh_config"), "Host *\n    SendEnv LANG LC_*\n    HashKnownHosts yes\n"
                    + "    GSSAPIAuthentication yes\n");
            Path sshHome = Files.createDirectories(dir.resolve("ssh-home/.ssh")).getParent();
            OpenSshClient.Run run = OpenSshClient.run(List.of("unshare", "--mount", "--propagation", "private", "sh", "-c",
                    "mount --bind \"$1\" /root && mount --bind \"$2\" /etc/ssh && exec ssh -o BatchMode=yes"
                            + " -o StrictHostKeyChecking=accept-new -o IdentitiesOnly=yes -i \"$3\" -p \"$4\" root@127.0.0.1 true",
                    "sh", sshHome.toString(), etc.toString(), server.clientKey().toString(), String.valueOf(server.port())));
            assertThat(run.exit()).as(run.err()).isZero();
            Path sshFile = sshHome.resolve(".ssh/known_hosts");

            Path ourSshDir = Files.createDirectories(dir.resolve("our-home/.ssh"));
            SshOptions options = SshOptions.defaults().withSshDir(ourSshDir).withSystemSshConfig(etc.resolve("ssh_config"));
            var target = new SshTarget("127.0.0.1", server.port(), "root", server.clientKey(), null, true, null);
            try (SshShell shell = SshConnector.open(target, options)) {
                assertThat(shell.run("echo ok", Duration.ofSeconds(10)).stdout()).isEqualTo("ok\n");
            }
            Path ourFile = ourSshDir.resolve("known_hosts");

            String name = "[127.0.0.1]:" + server.port();
            for (Path file : List.of(sshFile, ourFile)) {
                List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
                assertThat(lines).as(file.toString()).isNotEmpty().allSatisfy(l -> assertThat(l).startsWith("|1|"));
                OpenSshClient.Run found = OpenSshClient.run(List.of("ssh-keygen", "-F", name, "-f", file.toString()));
                assertThat(found.exit()).as("ssh-keygen -F %s -f %s", name, file).isZero();
            }
        }
    }
}
