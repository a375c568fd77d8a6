package io.github.vpnfailover.testbed;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.router.NamespaceShell;
import io.github.vpnfailover.router.RemoteShell;
import io.github.vpnfailover.router.Router;
import io.github.vpnfailover.router.ssh.SshConnector;
import io.github.vpnfailover.router.ssh.SshLinkListener;
import io.github.vpnfailover.router.ssh.SshShell;
import io.github.vpnfailover.testbed.NamespaceRouter.TunnelSpec;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bandwidth through tbf-shaped OpenVPN tunnels, downloads from the reference server that ignores Range
 * ({@code python3 -m http.server}) next to the exit server that honours it, uploads to the exit server: a
 * 2 Mbit/s tunnel with the default caps, a 20 Mbit/s one with a byte cap far below the file, and the second
 * again with busybox sh and head playing an OpenWrt router.
 */
class ShapedBandwidthTest {

    private static final long FILE_BYTES = 40_000_000;

    @TempDir
    Path client;

    @BeforeEach
    void needsRoot() {
        NamespaceRouter.assumeAvailable();
    }

    @Test
    void slowTunnelWithDefaultCapsAndFastTunnelWithASmallByteCapMeasureTheShapedRate() throws Exception {
        List<TunnelSpec> specs = List.of(new TunnelSpec(20, 2), new TunnelSpec(20, 20));
        Path file = randomFile(client.resolve("www").resolve("big.bin"));
        try (var net = NamespaceRouter.start(specs);
             SshShell ssh = SshConnector.open(net.sshTarget(client.resolve("known_hosts"), "root"), Bed.ssh(client, SshLinkListener.none()))) {
            String plainUrl = net.servePlainHttp(file);
            MeasureSettings d = MeasureSettings.defaults();
            assertThat(d.maxBytes()).as("default byte cap").isEqualTo(10_000_000L);
            assertThat(d.maxSeconds()).as("default time cap").isEqualTo(10);

            var router = new Router(ssh);
            check(router, net, 0, settings(d, plainUrl, net.uploadUrl(), d.maxBytes()), "python3 -m http.server, default caps", true);
            check(router, net, 0, settings(d, net.downloadUrl(FILE_BYTES), null, d.maxBytes()), "Range server, default caps", false);

            long cap = 5_000_000;
            long rxBefore = rxBytes(net, 1);
            check(router, net, 1, settings(d, plainUrl, net.uploadUrl(), cap), "python3 -m http.server, cap 5 MB", true);
            long moved = rxBytes(net, 1) - rxBefore;
            System.out.printf(Locale.ROOT, "bandwidth tun1: %d bytes came in for a %d byte cap from a %d byte file%n", moved, cap, FILE_BYTES);
            assertThat(moved).as("bytes into tun1 while capped at %d of %d", cap, FILE_BYTES).isLessThan(4 * cap);
            check(router, net, 1, settings(d, net.downloadUrl(FILE_BYTES), null, cap), "Range server, cap 5 MB", false);

            var busybox = new Router(busyboxShell(net));
            check(busybox, net, 1, settings(d, plainUrl, net.uploadUrl(), cap), "busybox sh+head, python3 -m http.server, cap 5 MB", true);
        }
    }

    private static void check(Router router, NamespaceRouter net, int i, MeasureSettings m, String what, boolean upload) throws Exception {
        String tunnel = net.tunnel(i);
        double shaped = net.rateMbit(i);
        long start = System.nanoTime();
        Sample s = router.measure(tunnel, m);
        double took = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "bandwidth %s shaped %.0f Mbit/s, %s (%d B / %d s): down %s, up %s, %.1f s%n",
                tunnel, shaped, what, m.maxBytes(), m.maxSeconds(), rate(s.downloadMbps(), shaped),
                upload ? rate(s.uploadMbps(), shaped) : "-", took);
        assertThat(s.error()).as("%s on %s", what, tunnel).isNull();
        assertThat(s.downloadMbps()).as("download, %s on %s", what, tunnel).isBetween(shaped * 0.8, shaped * 1.05);
        if (upload) {
            assertThat(s.uploadMbps()).as("upload, %s on %s", what, tunnel).isBetween(shaped * 0.8, shaped * 1.05);
        }
    }

    private static String rate(Double mbps, double shaped) {
        return mbps == null ? "none" : String.format(Locale.ROOT, "%.3f Mbit/s (%.1f %%)", mbps, 100 * mbps / shaped);
    }

    private static MeasureSettings settings(MeasureSettings d, String download, String upload, long maxBytes) {
        return new MeasureSettings("^tun[0-9]+$", List.of(NamespaceRouter.INTERNET), d.pingCount(), d.pingIntervalSeconds(),
                download, upload, maxBytes, d.maxSeconds(), d.routeMode(), null);
    }

    /** The router namespace with only busybox's sh, head, sleep, ping and ip on the PATH (curl stays curl). */
    private RemoteShell busyboxShell(NamespaceRouter net) throws Exception {
        Path bin = Files.createDirectories(client.resolve("busybox-bin"));
        for (String applet : List.of("sh", "head", "sleep", "ping", "ip")) {
            Files.createSymbolicLink(bin.resolve(applet), Path.of("/usr/bin/busybox"));
        }
        Files.createSymbolicLink(bin.resolve("curl"), Path.of("/usr/bin/curl"));
        return new NamespaceShell(net.routerNs, client.toFile(), bin.toString());
    }

    private static long rxBytes(NamespaceRouter net, int i) throws Exception {
        return Long.parseLong(net.exec("cat", "/sys/class/net/" + net.tunnel(i) + "/statistics/rx_bytes").trim());
    }

    /** Incompressible, so nothing on the path can make the file smaller than it is. */
    private static Path randomFile(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        var random = new Random(12);
        byte[] block = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long left = FILE_BYTES; left > 0; left -= block.length) {
                random.nextBytes(block);
                out.write(block, 0, (int) Math.min(left, block.length));
            }
        }
        return file;
    }
}
