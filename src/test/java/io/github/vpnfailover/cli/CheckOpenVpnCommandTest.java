package io.github.vpnfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vpnfailover.probe.Loopback;
import io.github.vpnfailover.probe.OpenVpnServer;
import io.github.vpnfailover.probe.Proto;
import io.github.vpnfailover.probe.TestPki;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code vpnfailover check-openvpn} as Nagios runs it: one line, perfdata, exit 0/1/2/3. */
class CheckOpenVpnCommandTest {
    private static final String PERFDATA = " \\| time=\\d+\\.\\d{6}s;;;0 attempts=\\d+";

    @TempDir
    static Path dir;
    static TestPki pki;
    static Path taKey;
    static List<Path> v2Keys;

    record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void keys() throws Exception {
        pki = TestPki.create(dir);
        taKey = pki.staticKey("ta.key");
        v2Keys = pki.tlsCryptV2Keys("v2");
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = RootCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        String[] full = new String[args.length + 1];
        full[0] = "check-openvpn";
        System.arraycopy(args, 0, full, 1, args.length);
        int exit = cl.execute(full);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void tlsAuthServerIsOkWithPerfdata() throws Exception {
        try (OpenVpnServer server = OpenVpnServer.start(pki, Proto.UDP, "127.0.0.1",
                "--tls-auth", taKey.toString(), "0", "--auth", "SHA256")) {
            Run r = run("127.0.0.1", "-p", String.valueOf(server.port()), "--tls-auth", taKey.toString(),
                    "--digest", "sha256", "--timeout", "1");
            assertThat(r.out()).matches("OK: OpenVPN server 127\\.0\\.0\\.1:" + server.port()
                    + "/udp answered in .* \\(tls-auth HMAC-SHA256, key-direction 1, HMAC verified\\)" + PERFDATA
                    + "\\R");
            assertThat(r.out().lines()).hasSize(1);
            assertThat(r.exit()).isZero();
        }
    }

    @Test
    void tcpTlsCryptV2OverIpv6IsOk() throws Exception {
        assumeTrue(Loopback.ipv6Available(), "skipped: ::1 is not available on this machine");
        try (OpenVpnServer server = OpenVpnServer.start(pki, Proto.TCP, "::1", "--tls-crypt-v2", v2Keys.get(0).toString())) {
            Run r = run("::1", "-6", "-t", "-p", String.valueOf(server.port()), "--tls-crypt-v2", v2Keys.get(1).toString());
            assertThat(r.out()).startsWith("OK: OpenVPN server [0:0:0:0:0:0:0:1]:" + server.port() + "/tcp answered")
                    .contains("tls-crypt-v2, tag verified").containsPattern(PERFDATA);
            assertThat(r.exit()).isZero();
        }
    }

    @Test
    void jsonReportsTheSameVerdict() throws Exception {
        try (OpenVpnServer server = OpenVpnServer.start(pki, Proto.UDP, "127.0.0.1", "--tls-crypt", taKey.toString())) {
            Run r = run("127.0.0.1", "--port", String.valueOf(server.port()), "--tls-crypt", taKey.toString(), "--json");
            JsonNode json = new ObjectMapper().readTree(r.out());
            assertThat(json.get("status").asText()).isEqualTo("OK");
            assertThat(json.get("exitCode").asInt()).isZero();
            assertThat(json.get("proto").asText()).isEqualTo("udp");
            assertThat(json.get("wrapping").asText()).isEqualTo("tls-crypt");
            assertThat(json.get("responder").asText()).isEqualTo("127.0.0.1:" + server.port());
            assertThat(json.get("timeSeconds").asDouble()).isPositive();
            assertThat(json.get("attempts").asInt()).isEqualTo(1);
            assertThat(r.exit()).isZero();
        }
    }

    @Test
    void wrongServerHmacKeyIsWarning() throws Exception {
        try (OpenVpnServer server = OpenVpnServer.start(pki, Proto.UDP, "127.0.0.1", "--tls-auth", taKey.toString(), "0")) {
            String right = hmacKeyHex(taKey, 192, 20);
            Run r = run("127.0.0.1", "-p", String.valueOf(server.port()), "--digest-key-client", right,
                    "--digest-key-server", "00112233445566778899aabbccddeeff00112233");
            assertThat(r.out()).startsWith("WARNING: invalid HMAC in the reply from 127.0.0.1:" + server.port())
                    .containsPattern(PERFDATA);
            assertThat(r.exit()).isEqualTo(1);
            Run good = run("127.0.0.1", "-p", String.valueOf(server.port()), "--digest-key-client", right,
                    "--digest-key-server", hmacKeyHex(taKey, 64, 20));
            assertThat(good.out()).startsWith("OK: ");
        }
    }

    @Test
    void clientHmacKeyAloneChecksTheReplyButNotItsHmacAsCheckOpenvpnDoes() throws Exception {
        try (OpenVpnServer server = OpenVpnServer.start(pki, Proto.UDP, "127.0.0.1", "--tls-auth", taKey.toString(), "0")) {
            Run r = run("127.0.0.1", "-p", String.valueOf(server.port()), "--digest-key-client",
                    hmacKeyHex(taKey, 192, 20));
            assertThat(r.out()).startsWith("OK: ").contains("(tls-auth HMAC-SHA1, reply HMAC not checked (no server key))");
            assertThat(r.exit()).isZero();
            Run wrongClientKey = run("127.0.0.1", "-p", String.valueOf(server.port()), "--digest-key-client",
                    hmacKeyHex(taKey, 64, 20), "--retrycount", "1", "--timeout", "0.5");
            assertThat(wrongClientKey.out()).startsWith("CRITICAL: no valid response");
            assertThat(wrongClientKey.exit()).isEqualTo(2);
        }
    }

    @Test
    void closedPortIsCriticalWithPerfdata() throws Exception {
        int port = OpenVpnServer.freePort(Proto.TCP, "127.0.0.1");
        Run r = run("127.0.0.1", "-p", String.valueOf(port), "--tcp", "--retrycount", "2", "--timeout", "0.5");
        assertThat(r.out()).matches("CRITICAL: no valid response .* connection refused \\(2 tries\\)"
                + " \\| time=\\d+\\.\\d{6}s;;;0 attempts=2\\R");
        assertThat(r.exit()).isEqualTo(2);
    }

    @Test
    void silentUdpPortSaysWhatMayBeWrong() throws Exception {
        int port = OpenVpnServer.freePort(Proto.UDP, "127.0.0.1");
        Run r = run("127.0.0.1", "-p", String.valueOf(port), "--retrycount", "1", "--timeout", "0.2");
        assertThat(r.out()).startsWith("CRITICAL: no valid response (not OpenVPN, wrong key or wrong wrapping?)");
        assertThat(r.exit()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "127.0.0.1 --bogus; Unknown option: '--bogus'",
        "; Missing required parameter: 'HOST'",
        "127.0.0.1 -p abc; Invalid value for option '--port'",
        "127.0.0.1 --tls-auth /nonexistent/ta.key; cannot use key file /nonexistent/ta.key: no such file",
        "127.0.0.1 --tls-crypt-v2 /nonexistent/c.key; cannot use key file /nonexistent/c.key: no such file",
        "127.0.0.1 --digest-key-client 12zz; --digest-key-client: 'z' at position 3 is not a hex digit",
        "127.0.0.1 --digest-key-client abc; --digest-key-client: hex string has an odd number of digits (3)",
        "127.0.0.1 --digest-key-server 00; --digest-key-server needs --digest-key-client or --tls-auth",
        "127.0.0.1 --digest-key-client 00 --digest sha3; --digest: unknown digest 'sha3'",
        "127.0.0.1 --digest-key-client 00 --digest-size 17; --digest-size: no supported digest has 17 bytes",
        "127.0.0.1 --digest-key-client 00 --digest sha1 --digest-size 32; --digest sha1 has 20 bytes, not --digest-size 32",
        "127.0.0.1 --digest-key-client 00 --key-direction 2; --key-direction must be 0, 1 or none, not '2'",
        "127.0.0.1 --digest-key-client 00 --key-direction 1 --tls-auth-inverse; exclude each other",
        "127.0.0.1 --digest sha256; need --tls-auth or --digest-key-client",
        "127.0.0.1 --tls-crypt /a --tls-crypt-v2 /b; give only one of --tls-auth",
        "127.0.0.1 -4 -6; -4 and -6 exclude each other",
        "127.0.0.1 -p 70000; port 70000 is outside 1-65535",
        "127.0.0.1 --retrycount 0; retry count must be 1-100, not 0",
        "127.0.0.1 --timeout 0; --timeout must be above 0",
    })
    void badArgumentsAreUnknownWithTheReason(String args, String reason) {
        Run r = run(args == null ? new String[0] : args.split(" "));
        assertThat(r.out()).startsWith("UNKNOWN: ").contains(reason);
        assertThat(r.out().lines()).hasSize(1);
        assertThat(r.exit()).isEqualTo(3);
    }

    @Test
    void keyFileInTheWrongFormatIsUnknown() throws Exception {
        Run r = run("127.0.0.1", "--tls-auth", v2Keys.get(1).toString());
        assertThat(r.out()).startsWith("UNKNOWN: cannot use key file").contains("use --tls-crypt-v2");
        assertThat(r.exit()).isEqualTo(3);
        Path unreadable = Files.createDirectory(dir.resolve("adir"));
        assertThat(run("127.0.0.1", "--tls-crypt", unreadable.toString()).exit()).isEqualTo(3);
    }

    private static String hmacKeyHex(Path keyFile, int offset, int length) throws Exception {
        String hex = Files.readString(keyFile).replaceAll("(?s).*-----BEGIN OpenVPN Static key V1-----|-----END.*", "")
                .replaceAll("\\s", "");
        return hex.substring(offset * 2, (offset + length) * 2);
    }
}
