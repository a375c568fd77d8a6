package io.github.vpnfailover.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The probe against real openvpn 2.6 servers on 127.0.0.1 and ::1, one server per case (UDP resets are rate-limited). */
class ProbeRealServerTest {
    @TempDir
    static Path dir;
    static TestPki pki;
    static Path taKey;
    static Path otherKey;
    static List<Path> v2Keys;
    static List<Path> otherV2Keys;

    private final OpenVpnProbe probe = new OpenVpnProbe();

    @BeforeAll
    static void makeKeys() throws Exception {
        OpenVpnServer.assumeInstalled();
        pki = TestPki.create(dir);
        taKey = pki.staticKey("ta.key");
        otherKey = pki.staticKey("other.key");
        v2Keys = pki.tlsCryptV2Keys("v2");
        otherV2Keys = pki.tlsCryptV2Keys("other-v2");
    }

    private ProbeResult probe(OpenVpnServer server, Proto proto, String host, Wrapping wrapping) {
        return probe.probe(new ProbeRequest(host, server.port(), proto, Duration.ofMillis(700), 2, wrapping,
                AddressFamily.ANY, true));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({"UDP, 127.0.0.1", "TCP, 127.0.0.1", "UDP, ::1", "TCP, ::1"})
    void answersOkWithoutWrapping(Proto proto, String host) throws Exception {
        assumeIpv6(host);
        try (OpenVpnServer server = OpenVpnServer.start(pki, proto, host)) {
            ProbeResult r = probe(server, proto, host, Wrapping.none());
            assertThat(r.status()).as(r.message()).isEqualTo(ProbeStatus.OK);
            assertThat(r.responder().getAddress()).isEqualTo(InetAddress.getByName(host));
            assertThat(r.attempts()).isEqualTo(1);
            assertThat(r.time()).isPositive().isLessThan(Duration.ofMillis(700));
            assertThat(r.message()).contains("answered", "no wrapping");
        }
    }

    @ParameterizedTest(name = "{0}, server key-direction {1}, client {2}, {3}")
    @CsvSource({
        "SHA1, 0, ONE, UDP", "SHA1, 1, ZERO, UDP", "SHA1, none, NONE, UDP",
        "SHA256, 0, ONE, UDP", "SHA256, 1, ZERO, UDP", "SHA256, none, NONE, TCP",
        "SHA512, 0, ONE, UDP", "SHA512, 1, ZERO, TCP", "SHA512, none, NONE, UDP",
        "MD5, 0, ONE, UDP", "SHA384, 0, ONE, UDP", "SHA224, 1, ZERO, UDP"})
    void tlsAuthHmacVerifiesForEachDigestAndKeyDirection(Digest digest, String serverDirection, KeyDirection client,
                                                         Proto proto) throws Exception {
        String[] args = serverDirection.equals("none")
                ? new String[] {"--tls-auth", taKey.toString(), "--auth", digest.name()}
                : new String[] {"--tls-auth", taKey.toString(), serverDirection, "--auth", digest.name()};
        try (OpenVpnServer server = OpenVpnServer.start(pki, proto, "127.0.0.1", args)) {
            ProbeResult r = probe(server, proto, "127.0.0.1",
                    TlsAuthWrapping.fromKey(KeyFiles.staticKey(taKey), digest, client));
            assertThat(r.status()).as(r.message()).isEqualTo(ProbeStatus.OK);
            assertThat(r.message()).contains("tls-auth HMAC-" + digest.name(), "HMAC verified");
        }
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({"UDP, 127.0.0.1", "TCP, 127.0.0.1", "UDP, ::1", "TCP, ::1"})
    void tlsCryptTagVerifies(Proto proto, String host) throws Exception {
        assumeIpv6(host);
        try (OpenVpnServer server = OpenVpnServer.start(pki, proto, host, "--tls-crypt", taKey.toString())) {
            ProbeResult r = probe(server, proto, host, TlsCryptWrapping.tlsCrypt(KeyFiles.staticKey(taKey)));
            assertThat(r.status()).as(r.message()).isEqualTo(ProbeStatus.OK);
            assertThat(r.message()).contains("tls-crypt, tag verified");
        }
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({"UDP, 127.0.0.1", "TCP, 127.0.0.1", "UDP, ::1"})
    void tlsCryptV2TagVerifies(Proto proto, String host) throws Exception {
        assumeIpv6(host);
        try (OpenVpnServer server = OpenVpnServer.start(pki, proto, host, "--tls-crypt-v2", v2Keys.get(0).toString())) {
            ProbeResult r = probe(server, proto, host,
                    TlsCryptWrapping.tlsCryptV2(KeyFiles.tlsCryptV2ClientKey(v2Keys.get(1))));
            assertThat(r.status()).as(r.message()).isEqualTo(ProbeStatus.OK);
            assertThat(r.message()).contains("tls-crypt-v2, tag verified");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"UDP", "TCP"})
    void wrongTlsAuthKeyGetsNoValidResponse(Proto proto) throws Exception {
        try (OpenVpnServer server = OpenVpnServer.start(pki, proto, "127.0.0.1", "--tls-auth", taKey.toString(), "0")) {
            ProbeResult r = probe(server, proto, "127.0.0.1",
                    TlsAuthWrapping.fromKey(KeyFiles.staticKey(otherKey), Digest.SHA1, KeyDirection.ONE));
            assertThat(r.status()).isEqualTo(ProbeStatus.CRITICAL);
            assertThat(r.message()).startsWith(Verdict.SILENCE);
            assertThat(r.attempts()).isEqualTo(2);
        }
    }

    @Test
    void wrongKeyDirectionAgainstBidirectionalServerWarnsAboutTheHmac() throws Exception {
        // The server (no direction) accepts slot 0, which direction 0 sends, but replies with slot 0 too,
        // which direction 0 does not expect: a reply that fails its HMAC.
        try (OpenVpnServer server = OpenVpnServer.start(pki, Proto.UDP, "127.0.0.1", "--tls-auth", taKey.toString())) {
            ProbeResult r = probe(server, Proto.UDP, "127.0.0.1",
                    TlsAuthWrapping.fromKey(KeyFiles.staticKey(taKey), Digest.SHA1, KeyDirection.ZERO));
            assertThat(r.status()).as(r.message()).isEqualTo(ProbeStatus.WARNING);
            assertThat(r.message()).contains("invalid HMAC", "HMAC does not verify with key-direction 0, but the server"
                    + " accepted our reset and signs as a server with 'tls-auth ta.key' without a direction does");
        }
    }

    @Test
    void wrongDigestGetsNoValidResponse() throws Exception {
        try (OpenVpnServer server = OpenVpnServer.start(pki, Proto.UDP, "127.0.0.1",
                "--tls-auth", taKey.toString(), "0", "--auth", "SHA256")) {
            ProbeResult r = probe(server, Proto.UDP, "127.0.0.1",
                    TlsAuthWrapping.fromKey(KeyFiles.staticKey(taKey), Digest.SHA1, KeyDirection.ONE));
            assertThat(r.status()).isEqualTo(ProbeStatus.CRITICAL);
            assertThat(r.message()).startsWith(Verdict.SILENCE);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"UDP", "TCP"})
    void wrongTlsCryptKeyGetsNoValidResponse(Proto proto) throws Exception {
        try (OpenVpnServer server = OpenVpnServer.start(pki, proto, "127.0.0.1", "--tls-crypt", taKey.toString())) {
            ProbeResult r = probe(server, proto, "127.0.0.1", TlsCryptWrapping.tlsCrypt(KeyFiles.staticKey(otherKey)));
            assertThat(r.status()).isEqualTo(ProbeStatus.CRITICAL);
            assertThat(r.message()).startsWith(Verdict.SILENCE);
        }
    }

    @Test
    void tlsCryptV2ClientKeyOfAnotherServerGetsNoValidResponse() throws Exception {
        try (OpenVpnServer server = OpenVpnServer.start(pki, Proto.UDP, "127.0.0.1",
                "--tls-crypt-v2", v2Keys.get(0).toString())) {
            ProbeResult r = probe(server, Proto.UDP, "127.0.0.1",
                    TlsCryptWrapping.tlsCryptV2(KeyFiles.tlsCryptV2ClientKey(otherV2Keys.get(1))));
            assertThat(r.status()).isEqualTo(ProbeStatus.CRITICAL);
            assertThat(r.message()).startsWith(Verdict.SILENCE);
        }
    }

    @ParameterizedTest(name = "server {0}, probe {1}")
    @CsvSource({"tls-crypt, none", "tls-auth, tls-crypt", "tls-crypt, tls-auth", "none, tls-crypt", "none, tls-auth"})
    void wrongWrappingIsCritical(String serverWrapping, String probeWrapping) throws Exception {
        String[] args = serverWrapping.equals("none") ? new String[0]
                : new String[] {"--" + serverWrapping, taKey.toString()};
        try (OpenVpnServer server = OpenVpnServer.start(pki, Proto.UDP, "127.0.0.1", args)) {
            StaticKey key = KeyFiles.staticKey(taKey);
            Wrapping w = probeWrapping.equals("none") ? Wrapping.none() : probeWrapping.equals("tls-crypt")
                    ? TlsCryptWrapping.tlsCrypt(key) : TlsAuthWrapping.fromKey(key, Digest.SHA1, KeyDirection.NONE);
            ProbeResult r = probe(server, Proto.UDP, "127.0.0.1", w);
            System.out.println("server " + serverWrapping + ", probe " + probeWrapping + ": " + r.message());
            assertThat(r.status()).as(r.message()).isEqualTo(ProbeStatus.CRITICAL);
            assertThat(r.message()).containsAnyOf(Verdict.SILENCE, "it does not use this wrapping");
        }
    }

    @Test
    void lostDatagramsAreRetriedAndCounted() throws Exception {
        try (OpenVpnServer server = OpenVpnServer.start(pki, Proto.UDP, "127.0.0.1", "--tls-crypt", taKey.toString());
             DroppingUdpRelay relay = new DroppingUdpRelay(server.port(), 2)) {
            ProbeResult r = probe.probe(new ProbeRequest("127.0.0.1", relay.port(), Proto.UDP, Duration.ofMillis(300),
                    3, TlsCryptWrapping.tlsCrypt(KeyFiles.staticKey(taKey)), AddressFamily.ANY, true));
            assertThat(r.status()).as(r.message()).isEqualTo(ProbeStatus.OK);
            assertThat(r.attempts()).isEqualTo(3);
            assertThat(relay.dropped()).isEqualTo(2);
        }
    }

    @Test
    void everyResolvedAddressIsTriedUntilOneAnswers() throws Exception {
        assumeIpv6("::1");
        OpenVpnProbe twoAddresses = new OpenVpnProbe(
                host -> new InetAddress[] {InetAddress.getByName("127.0.0.1"), InetAddress.getByName("::1")},
                new java.util.Random(1));
        try (OpenVpnServer server = OpenVpnServer.start(pki, Proto.UDP, "::1")) {
            ProbeResult r = twoAddresses.probe(new ProbeRequest("vpn.test", server.port(), Proto.UDP,
                    Duration.ofMillis(300), 2, Wrapping.none(), AddressFamily.ANY, true));
            assertThat(r.status()).as(r.message()).isEqualTo(ProbeStatus.OK);
            assertThat(r.responder().getAddress()).isEqualTo(InetAddress.getByName("::1"));
            assertThat(r.attempts()).isEqualTo(3);
            assertThat(r.message()).contains("[0:0:0:0:0:0:0:1]", "other addresses: 127.0.0.1:" + server.port()
                    + "/udp no reply");
            ProbeResult v4Only = twoAddresses.probe(new ProbeRequest("vpn.test", server.port(), Proto.UDP,
                    Duration.ofMillis(200), 1, Wrapping.none(), AddressFamily.IPV4, true));
            assertThat(v4Only.status()).isEqualTo(ProbeStatus.CRITICAL);
            assertThat(v4Only.attempts()).isEqualTo(1);
        }
    }

    private static void assumeIpv6(String host) {
        if (host.contains(":")) {
            assumeTrue(Loopback.ipv6Available(), "skipped: ::1 is not available on this machine");
        }
    }
}
