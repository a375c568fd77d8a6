package io.github.vpnfailover.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sshd fixture runs inside a network namespace the test made, reachable only from inside it. */
class OpenSshServerTest {

    @TempDir
    Path dir;

    @Test
    void runsInsideANetworkNamespaceAndTheOpenSshClientLogsIn() throws Exception {
        assumeTrue(OpenSshServer.canRun(), "needs root and /usr/sbin/sshd");
        String ns = "vfm" + HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt());
        run(List.of("ip", "netns", "add", ns));
        try {
            run(List.of("ip", "netns", "exec", ns, "ip", "link", "set", "lo", "up"));
            try (var server = OpenSshServer.start(dir, ns, "127.0.0.1", 2222, null)) {
                Path known = dir.resolve("known_hosts");
                Files.writeString(known, server.knownHostsLine() + "\n");
                String out = run(List.of("ip", "netns", "exec", ns, "ssh", "-F", "/dev/null", "-o", "BatchMode=yes",
                        "-o", "UserKnownHostsFile=" + known, "-o", "StrictHostKeyChecking=yes",
                        "-i", server.clientKey().toString(), "-p", "2222", "root@127.0.0.1", "ip -o link show | wc -l"));
                assertThat(out.trim()).isEqualTo("1");
                assertThat(server.acceptedLogins()).isEqualTo(1);
                assertThat(server.hostKeyFingerprint()).startsWith("SHA256:");
            }
        } finally {
            run(List.of("ip", "netns", "del", ns));
        }
    }

    private static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ": " + out).isZero();
        return out;
    }
}
