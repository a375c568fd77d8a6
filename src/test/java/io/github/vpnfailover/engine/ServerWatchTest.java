package io.github.vpnfailover.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.vpnfailover.engine.EngineEvent.ServerEvent;
import io.github.vpnfailover.probe.OpenVpnProbe;
import io.github.vpnfailover.probe.OpenVpnServer;
import io.github.vpnfailover.probe.ProbeStatus;
import io.github.vpnfailover.probe.Proto;
import io.github.vpnfailover.probe.TestPki;
import java.net.DatagramSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A profile's OpenVPN servers probed on the watch's own executor, against real openvpn 2.6 servers on loopback. */
class ServerWatchTest {

    @TempDir
    static Path dir;
    static TestPki pki;

    @BeforeAll
    static void keys() throws Exception {
        OpenVpnServer.assumeInstalled();
        pki = TestPki.create(dir);
    }

    @Test
    void eachServerGetsItsVerdictWithTimeAndTheReasonWhenItFails() throws Exception {
        Path ta = pki.staticKey("ta.key");
        int silent;
        try (DatagramSocket s = new DatagramSocket(0, java.net.InetAddress.getLoopbackAddress())) {
            silent = s.getLocalPort(); // closed again: nothing answers there
        }
        try (OpenVpnServer plain = OpenVpnServer.start(pki, Proto.UDP, "127.0.0.1");
             OpenVpnServer auth = OpenVpnServer.start(pki, Proto.TCP, "127.0.0.1", "--tls-auth", ta.toString(), "0")) {
            List<io.github.vpnfailover.store.OpenVpnServer> servers = List.of(
                    new io.github.vpnfailover.store.OpenVpnServer("tun0", "127.0.0.1", plain.port(), "udp", "none", null),
                    new io.github.vpnfailover.store.OpenVpnServer("tun1", "127.0.0.1", auth.port(), "tcp", "tls-auth", ta.toString()),
                    new io.github.vpnfailover.store.OpenVpnServer("tun2", "127.0.0.1", silent, "udp", "none", null),
                    new io.github.vpnfailover.store.OpenVpnServer("tun3", "127.0.0.1", plain.port(), "udp", "tls-crypt", null));
            List<EngineEvent> events = new CopyOnWriteArrayList<>();
            try (ServerWatch watch = new ServerWatch(servers, new OpenVpnProbe(), CatchingExecutors.scheduled("vpnfailover-servers"),
                    Clock.systemUTC(), events::add)) {
                watch.start(Duration.ofSeconds(5));
                await().atMost(20, TimeUnit.SECONDS).until(() -> events.size() >= 4);
            }
            List<ServerEvent> got = events.stream().map(ServerEvent.class::cast).toList();
            assertThat(got.get(0).status()).as(got.get(0).reason()).isEqualTo(ProbeStatus.OK);
            assertThat(got.get(0).rttMs()).isPositive().isLessThan(3000.0);
            assertThat(got.get(0).reason()).isNull();
            assertThat(got.get(1).status()).as(got.get(1).reason()).isEqualTo(ProbeStatus.OK);
            assertThat(got.get(1).proto()).isEqualTo("tcp");
            assertThat(got.get(2).status()).isEqualTo(ProbeStatus.CRITICAL);
            assertThat(got.get(2).rttMs()).isNull();
            assertThat(got.get(2).reason()).isNotBlank();
            assertThat(got.get(3).status()).isEqualTo(ProbeStatus.UNKNOWN);
            assertThat(got.get(3).reason()).isEqualTo("cannot probe: tls-crypt needs a key file");
        }
    }

    @Test
    void theEntrysKeyDirectionIsTheOneProbedWith() throws Exception {
        Path ta = pki.staticKey("ta-inverse.key");
        try (OpenVpnServer inverse = OpenVpnServer.start(pki, Proto.UDP, "127.0.0.1", "--tls-auth", ta.toString(), "1")) {
            var zero = new io.github.vpnfailover.store.OpenVpnServer("tun0", "127.0.0.1", inverse.port(), "udp", "tls-auth", ta.toString(), "0");
            var usual = new io.github.vpnfailover.store.OpenVpnServer("tun0", "127.0.0.1", inverse.port(), "udp", "tls-auth", ta.toString());
            try (ServerWatch watch = new ServerWatch(List.of(zero, usual), new OpenVpnProbe(), CatchingExecutors.scheduled("vpnfailover-servers"),
                    Clock.systemUTC(), e -> { })) {
                ServerEvent ok = watch.probeOne(zero);
                ServerEvent wrong = watch.probeOne(usual);
                assertThat(ok.status()).as(ok.reason()).isEqualTo(ProbeStatus.OK);
                assertThat(wrong.status()).as("key-direction 1 against 'tls-auth ta.key 1'").isNotEqualTo(ProbeStatus.OK);
            }
        }
    }
}
