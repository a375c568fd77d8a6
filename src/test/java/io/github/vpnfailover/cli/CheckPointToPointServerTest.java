package io.github.vpnfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.cli.CheckOpenVpnCommandTest.Run;
import io.github.vpnfailover.probe.OpenVpnClient;
import io.github.vpnfailover.probe.OpenVpnServer;
import io.github.vpnfailover.probe.Proto;
import io.github.vpnfailover.probe.TestPki;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code check-openvpn} against a real point-to-point TLS server (tls-server without mode server, as site-to-site
 * links run it), checked every few hundred ms as a busy monitoring host would. Such a server answers a new client's
 * reset with a bare P_ACK_V1 while it still holds the previous check's session (decision 0205); the reference that
 * it is nevertheless serving is a real openvpn client, which must then complete its handshake with it.
 */
class CheckPointToPointServerTest {
    private static final int CHECKS = 5;

    @TempDir
    static Path dir;
    static TestPki pki;
    static Path key;

    @BeforeAll
    static void keys() throws Exception {
        OpenVpnServer.assumeInstalled();
        pki = TestPki.create(dir);
        key = pki.staticKey("static.key");
    }

    /** The server's, the plugin's and the real client's arguments for one wrapping ({@code KEY}: the static key). */
    @ParameterizedTest(name = "point-to-point server, {0}")
    @CsvSource(delimiter = '|', value = {
        "no wrapping | | |",
        "tls-auth 0 | --tls-auth KEY 0 | --tls-auth KEY | --tls-auth KEY 1",
        "tls-crypt | --tls-crypt KEY | --tls-crypt KEY | --tls-crypt KEY"})
    void everyCheckInARowIsOkAndARealClientStillConnects(String wrapping, String serverArgs, String checkArgs,
                                                         String clientArgs) throws Exception {
        String[] server = args(serverArgs);
        String[] flags = args(checkArgs);
        String[] client = args(clientArgs);
        try (OpenVpnServer s = OpenVpnServer.pointToPoint(pki, Proto.UDP, "127.0.0.1", server)) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < CHECKS; i++) {
                List<String> args = new ArrayList<>(List.of("127.0.0.1", "-p", String.valueOf(s.port()), "--timeout", "1"));
                args.addAll(List.of(flags));
                Run r = CheckOpenVpnCommandTest.run(args.toArray(String[]::new));
                lines.add(r.exit() + " " + r.out().trim());
                Thread.sleep(300);
            }
            lines.forEach(l -> System.out.println("  " + wrapping + ": " + l));
            assertThat(lines).allSatisfy(l -> assertThat(l).startsWith("0 OK: OpenVPN server 127.0.0.1:"));
            // the case this test is for: without it the test would pass on the first check's reset alone
            assertThat(lines).anySatisfy(l -> assertThat(l).contains("acknowledged our reset without one of its own"));
            assertThat(OpenVpnClient.handshake(pki, Proto.UDP, s.port(), 15_000, client))
                    .as("a real client after the checks").isEqualTo(OpenVpnClient.Outcome.VALID_REPLY);
        }
    }

    private static String[] args(String words) {
        return words == null ? new String[0] : words.trim().replace("KEY", key.toString()).split(" +");
    }
}
