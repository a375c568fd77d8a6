package io.github.vpnfailover.testbed;

import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.RouteMode;
import io.github.vpnfailover.router.Router;
import io.github.vpnfailover.router.ssh.SshConnector;
import io.github.vpnfailover.router.ssh.SshLinkListener;
import io.github.vpnfailover.router.ssh.SshShell;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The bed of the WireGuard tests (decision 0180): the namespace router with OpenVPN tunnel tun0 (routes on it) and
 * two real wireguard-go tunnels, and a {@link Router} logged in over SSH as root. Skips without root or WireGuard.
 */
final class WireGuardBed implements AutoCloseable {

    final NamespaceRouter net;
    final SshShell shell;
    final Router router;
    final String wg0;
    final String wg1;

    private WireGuardBed(NamespaceRouter net, SshShell shell, String wg0, String wg1) {
        this.net = net;
        this.shell = shell;
        this.router = new Router(shell);
        this.wg0 = wg0;
        this.wg1 = wg1;
    }

    static WireGuardBed start(Path client) throws Exception {
        NamespaceRouter.assumeAvailable();
        WireGuardLink.assumeAvailable();
        long start = System.nanoTime();
        NamespaceRouter net = NamespaceRouter.start(List.of(new NamespaceRouter.TunnelSpec(20, 20)));
        try {
            String wg0 = net.addWireGuard();
            String wg1 = net.addWireGuard();
            SshShell shell = SshConnector.open(net.sshTarget(client.resolve("known_hosts"), "root"),
                    Bed.ssh(client, SshLinkListener.none()));
            System.out.printf(Locale.ROOT, "wireguard bed: tun0 + %s + %s up in %.1f s%n", wg0, wg1, (System.nanoTime() - start) / 1e9);
            return new WireGuardBed(net, shell, wg0, wg1);
        } catch (Exception | Error e) {
            net.close();
            throw e;
        }
    }

    /** Three pings to the "internet" address, no transfers, the default tunnel pattern (which has wg*). */
    static MeasureSettings settings(RouteMode mode) {
        return new MeasureSettings(MeasureSettings.DEFAULT_TUNNEL_PATTERN, List.of(NamespaceRouter.INTERNET), 3, 0.2,
                null, null, 1, 5, mode, null);
    }

    @Override
    public void close() {
        shell.close();
        net.close();
    }
}
