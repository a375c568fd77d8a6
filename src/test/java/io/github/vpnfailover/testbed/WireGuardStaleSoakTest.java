package io.github.vpnfailover.testbed;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.HandshakeStatus;
import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.RouteMode;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.router.Router;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The handshake rule on the real clock (decision 0180), outside {@code mvn verify} (about 3 min): run with
 * {@code -Psoak -Dtest=WireGuardStaleSoakTest}. The exit's wireguard-go stops; the router measures every 5 s
 * until the handshake is STALE. Along the way it times when {@code wg show transfer} first shows received bytes
 * standing still while sent bytes grow, against the first failed ping: is the transfer counter an earlier hint?
 */
@Tag("soak")
class WireGuardStaleSoakTest {

    @Test
    void aSilentPeersHandshakeTurnsStaleAfterOneHundredEightySeconds() throws Exception {
        NamespaceRouter.assumeAvailable();
        WireGuardLink.assumeAvailable();
        try (var net = NamespaceRouter.start(List.of(new NamespaceRouter.TunnelSpec(20, 20)))) {
            String wg = net.addWireGuard();
            var router = new Router(net.directShell());
            var settings = new MeasureSettings(MeasureSettings.DEFAULT_TUNNEL_PATTERN, List.of(NamespaceRouter.INTERNET), 3, 0.2,
                    null, null, 1, 5, RouteMode.DEF1, null);
            Sample first = router.measure(wg, settings);
            assertThat(first.handshake()).isEqualTo(HandshakeStatus.FRESH);
            long[] before = transfer(net, wg);
            long stop = System.nanoTime();
            net.stopWireGuardExit(0);
            double pingFailedAt = -1;
            double rxStillAt = -1;
            // 200 ms probes, as the liveness monitor sends them: a lost ping and a standing rx counter, which first?
            for (int i = 0; i < 50 && (pingFailedAt < 0 || rxStillAt < 0); i++) {
                boolean answered = ping(net, wg);
                long[] now = transfer(net, wg);
                double t = (System.nanoTime() - stop) / 1e9;
                if (!answered && pingFailedAt < 0) {
                    pingFailedAt = t;
                }
                if (now[0] == before[0] && now[1] > before[1] && rxStillAt < 0) {
                    rxStillAt = t;
                }
                before = now;
            }
            Sample s = first;
            while (s.handshake() != HandshakeStatus.STALE && (System.nanoTime() - stop) / 1e9 < 240) {
                Thread.sleep(5_000);
                s = router.measure(wg, settings);
            }
            double staleAt = (System.nanoTime() - stop) / 1e9;
            System.out.printf(Locale.ROOT, "wireguard soak: first ping lost %.2f s after the peer stopped, rx standing still %.2f s;"
                    + " handshake %s at %.0f s (age %.0f s, age at the stop %.0f s)%n", pingFailedAt, rxStillAt, s.handshake(),
                    staleAt, s.handshakeAgeSeconds(), first.handshakeAgeSeconds());
            assertThat(s.handshake()).isEqualTo(HandshakeStatus.STALE);
            assertThat(s.isGood()).isFalse();
            assertThat(s.handshakeAgeSeconds()).isBetween(180.0, 190.0);
        }
    }

    private static boolean ping(NamespaceRouter net, String wg) {
        try {
            net.exec("ping", "-c", "1", "-W", "0.2", "-I", wg, NamespaceRouter.INTERNET);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** {received, sent} bytes of the one peer, from {@code wg show IF transfer}. */
    private static long[] transfer(NamespaceRouter net, String wg) throws java.io.IOException {
        String[] f = net.exec("wg", "show", wg, "transfer").strip().split("\\s+");
        return new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])};
    }
}
