package io.github.vpnfailover.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What the probe says about things that are not a working OpenVPN server: closed ports, HTTP, garbage, spoofers. */
class ProbeFailureTest {
    private static final byte[] KEY = new byte[256];

    static {
        new Random(7).nextBytes(KEY);
    }

    private final OpenVpnProbe probe = new OpenVpnProbe();

    private static ProbeRequest request(int port, Proto proto, Wrapping wrapping) {
        return new ProbeRequest("127.0.0.1", port, proto, Duration.ofMillis(250), 3, wrapping, AddressFamily.ANY, true);
    }

    @Test
    void closedUdpPortIsCriticalAfterEveryTry() throws Exception {
        ProbeResult r = probe.probe(request(OpenVpnServer.freePort(Proto.UDP, "127.0.0.1"), Proto.UDP, Wrapping.none()));
        assertThat(r.status()).isEqualTo(ProbeStatus.CRITICAL);
        assertThat(r.message()).startsWith(Verdict.SILENCE).contains("no reply in 3 tries of 0.250 s");
        assertThat(r.attempts()).isEqualTo(3);
        assertThat(r.time()).isGreaterThanOrEqualTo(Duration.ofMillis(750));
    }

    @Test
    void closedTcpPortIsRefusedAndRetried() throws Exception {
        ProbeResult r = probe.probe(request(OpenVpnServer.freePort(Proto.TCP, "127.0.0.1"), Proto.TCP, Wrapping.none()));
        assertThat(r.status()).isEqualTo(ProbeStatus.CRITICAL);
        assertThat(r.message()).contains("connection refused (3 tries)");
        assertThat(r.attempts()).isEqualTo(3);
    }

    @Test
    void httpServerOnTheTcpPortIsNotOpenVpn() throws Exception {
        try (FakeResponder http = FakeResponder.http()) {
            ProbeResult r = probe.probe(request(http.port(), Proto.TCP, Wrapping.none()));
            assertThat(r.status()).isEqualTo(ProbeStatus.CRITICAL);
            assertThat(r.message()).contains("invalid response", "answered with HTTP, not OpenVPN");
            assertThat(r.attempts()).isEqualTo(1);
        }
    }

    @Test
    void udpResponderEchoingGarbageIsAnInvalidResponse() throws Exception {
        Random random = new Random(3);
        try (FakeResponder echo = FakeResponder.udp(request -> {
            byte[] garbage = request.clone();
            random.nextBytes(garbage);
            garbage[0] = 0x30; // opcode 6, P_DATA_V1
            return garbage;
        }, false)) {
            ProbeResult r = probe.probe(request(echo.port(), Proto.UDP, Wrapping.none()));
            assertThat(r.status()).isEqualTo(ProbeStatus.CRITICAL);
            assertThat(r.message()).contains("invalid response from 127.0.0.1:" + echo.port() + "/udp",
                    "opcode 6 (P_DATA_V1) instead of P_CONTROL_HARD_RESET_SERVER_V2 (8) or P_ACK_V1 (5)");
        }
    }

    @Test
    void garbageWithAnAcksOpcodeIsStillInvalid() throws Exception {
        Random random = new Random(3);
        try (FakeResponder echo = FakeResponder.udp(request -> {
            byte[] garbage = new byte[22];
            random.nextBytes(garbage);
            garbage[0] = 0x28; // opcode 5, P_ACK_V1
            garbage[9] = 1; // one ack, but of a random id for a random session
            return garbage;
        }, false)) {
            ProbeResult r = probe.probe(request(echo.port(), Proto.UDP, Wrapping.none()));
            assertThat(r.status()).isEqualTo(ProbeStatus.CRITICAL);
            assertThat(r.message()).contains("invalid response from 127.0.0.1:" + echo.port() + "/udp",
                    "does not acknowledge our message id 0");
        }
    }

    @Test
    void anAckOfOurResetIsAnAnswer() throws Exception {
        try (FakeResponder responder = FakeResponder.udp(
                request -> ServerReplies.plainAck(new byte[8], ServerReplies.clientSessionId(request)), false)) {
            ProbeResult r = probe.probe(request(responder.port(), Proto.UDP, Wrapping.none()));
            assertThat(r.status()).as(r.message()).isEqualTo(ProbeStatus.OK);
            assertThat(r.message()).contains("acknowledged our reset without one of its own");
        }
    }

    @Test
    void anAckForAnotherSessionIsInvalid() throws Exception {
        try (FakeResponder responder = FakeResponder.udp(request -> ServerReplies.plainAck(new byte[8], new byte[8]), false)) {
            ProbeResult r = probe.probe(request(responder.port(), Proto.UDP, Wrapping.none()));
            assertThat(r.status()).isEqualTo(ProbeStatus.CRITICAL);
            assertThat(r.message()).contains("reply echoes session id 0000000000000000");
        }
    }

    @Test
    void validLookingReplyFromAnotherPortIsIgnored() throws Exception {
        try (FakeResponder spoofer = FakeResponder.udp(
                request -> ServerReplies.plain(new byte[8], ServerReplies.clientSessionId(request)), true)) {
            ProbeResult r = probe.probe(request(spoofer.port(), Proto.UDP, Wrapping.none()));
            assertThat(r.status()).isEqualTo(ProbeStatus.CRITICAL);
            assertThat(r.message()).startsWith(Verdict.SILENCE).contains("ignored 3 datagrams from other sources");
            assertThat(r.attempts()).isEqualTo(3);
        }
    }

    @Test
    void sameResponderFromTheRightPortIsOk() throws Exception {
        try (FakeResponder responder = FakeResponder.udp(
                request -> ServerReplies.plain(new byte[8], ServerReplies.clientSessionId(request)), false)) {
            ProbeResult r = probe.probe(request(responder.port(), Proto.UDP, Wrapping.none()));
            assertThat(r.status()).as(r.message()).isEqualTo(ProbeStatus.OK);
        }
    }

    @Test
    void tlsCryptReplyUnderAnotherKeyWarnsAboutTheTag() throws Exception {
        byte[] otherKey = KEY.clone();
        otherKey[5] ^= 1;
        try (FakeResponder responder = FakeResponder.udp(request -> ServerReplies.tlsCrypt(StaticKey.of(otherKey),
                new byte[8], ServerReplies.clientSessionId(request)), false)) {
            ProbeResult r = probe.probe(request(responder.port(), Proto.UDP, TlsCryptWrapping.tlsCrypt(StaticKey.of(KEY))));
            assertThat(r.status()).isEqualTo(ProbeStatus.WARNING);
            assertThat(r.message()).contains("invalid tag", "tls-crypt tag does not verify");
        }
    }

    @Test
    void noValidationAcceptsAnyReplyFromTheServer() throws Exception {
        try (FakeResponder echo = FakeResponder.udp(request -> new byte[] {1, 2, 3}, false)) {
            ProbeRequest unvalidated = new ProbeRequest("127.0.0.1", echo.port(), Proto.UDP, Duration.ofMillis(250), 1,
                    Wrapping.none(), AddressFamily.ANY, false);
            ProbeResult r = probe.probe(unvalidated);
            assertThat(r.status()).isEqualTo(ProbeStatus.OK);
            assertThat(r.message()).contains("reply not validated");
        }
    }

    @Test
    void unresolvableHostIsUnknown() {
        OpenVpnProbe noDns = new OpenVpnProbe(host -> {
            throw new UnknownHostException(host);
        }, new Random(1));
        ProbeResult r = noDns.probe(request(1194, Proto.UDP, Wrapping.none()));
        assertThat(r.status()).isEqualTo(ProbeStatus.UNKNOWN);
        assertThat(r.message()).isEqualTo("cannot resolve host 127.0.0.1");
    }

    @Test
    void familyWithoutAddressesIsUnknown() {
        OpenVpnProbe v4Only = new OpenVpnProbe(host -> new InetAddress[] {InetAddress.getByName("127.0.0.1")},
                new Random(1));
        ProbeResult r = v4Only.probe(request(1194, Proto.UDP, Wrapping.none()).withFamily(AddressFamily.IPV6));
        assertThat(r.status()).isEqualTo(ProbeStatus.UNKNOWN);
        assertThat(r.message()).isEqualTo("127.0.0.1 has no IPv6 address");
    }
}
