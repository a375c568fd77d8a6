package io.github.vpnfailover.testbed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * One real WireGuard tunnel of the test bed: userspace {@code wireguard-go} (the kernel has no module) at both
 * ends, device {@code wgTAGN} in the router namespace and {@code wxTAGN} in its own exit namespace, over a veth.
 * Like a real WireGuard client it has no peer address: only a /32 on each end and {@code dev} routes. No
 * persistent keepalive, so handshakes happen only when traffic flows, as on a quiet real tunnel.
 */
public final class WireGuardLink {

    /** Tunnel N listens on PORT + N at both ends (the router's ends share a namespace). */
    static final int PORT = 51820;
    /** wireguard-go's control sockets: one folder for all namespaces, so device names are unique per bed. */
    private static final Path SOCKETS = Path.of("/var/run/wireguard");
    private static final Duration START_LIMIT = Duration.ofSeconds(20);

    final int index;
    final String name;
    final String exitNs;
    private final String exitDev;
    private final String routerNs;
    private final String veth;
    private final Path dir;
    private Process routerWg;
    private Process exitWg;
    private Process server;

    WireGuardLink(int index, String idTag, String routerNs, Path dir) {
        this.index = index;
        this.name = "wg" + idTag + index;
        this.exitDev = "wx" + idTag + index;
        this.exitNs = "vfm-h-" + idTag + "-w" + index;
        this.veth = "vfmh" + idTag + "w" + index;
        this.routerNs = routerNs;
        this.dir = dir;
    }

    /** Skips the calling test unless wireguard-go and wg are installed. */
    public static void assumeAvailable() {
        for (String tool : List.of("/usr/bin/wireguard-go", "/usr/bin/wg")) {
            Assumptions.assumeTrue(Files.isExecutable(Path.of(tool)),
                    "WireGuard tests need " + tool + " (apt-get install wireguard-go wireguard-tools)");
        }
    }

    /** 10.7.N.1: the router's address on the tunnel (a /32, no peer). */
    String localAddress() {
        return "10.7." + index + ".1";
    }

    /** Exit namespace with the "internet" address and HTTP server, keys, both wireguard-go ends, configured. */
    void build() throws IOException {
        Netns.run("ip", "netns", "add", exitNs);
        Netns.run("ip", "-n", exitNs, "link", "set", "lo", "up");
        Netns.run("ip", "-n", exitNs, "addr", "add", NamespaceRouter.INTERNET + "/32", "dev", "lo");
        Netns.run("ip", "link", "add", veth, "netns", routerNs, "type", "veth", "peer", "name", "transport", "netns", exitNs);
        Netns.run("ip", "-n", routerNs, "addr", "add", transport(1) + "/24", "dev", veth);
        Netns.run("ip", "-n", routerNs, "link", "set", veth, "up");
        Netns.run("ip", "-n", exitNs, "addr", "add", transport(2) + "/24", "dev", "transport");
        Netns.run("ip", "-n", exitNs, "link", "set", "transport", "up");
        writeKey("router");
        writeKey("exit");
        Path log = dir.resolve(name + "-http.log");
        server = Netns.start(exitNs, log, "python3", "-u", BedScripts.script(dir, "exit-server.py").toString(),
                "wgexit" + index, "0.0.0.0", String.valueOf(NamespaceRouter.HTTP_PORT), String.valueOf(NamespaceRouter.HANG_PORT));
        Netns.awaitLog(log, 0, "ready", server, START_LIMIT);
        startExit();
        routerWg = startDevice(routerNs, name, "router", "exit", transport(2), localAddress());
        awaitPassing();
    }

    /** The exit's wireguard-go starts again (a new device, the same keys) and answers. */
    void startExit() throws IOException {
        exitWg = startDevice(exitNs, exitDev, "exit", "router", transport(1), "10.7." + index + ".2");
        Netns.in(exitNs, "ip", "route", "replace", localAddress() + "/32", "dev", exitDev);
        // One packet from the new exit starts the handshake at once; waiting for the router's end to give up on
        // the old session would take about 15 s (REKEY_TIMEOUT after KEEPALIVE_TIMEOUT).
        try {
            Netns.in(exitNs, "ping", "-c", "1", "-W", "1", localAddress());
        } catch (IOException e) {
            // the reply may take another way; the handshake is what counts
        }
    }

    /** The exit's wireguard-go stops: the router's device, routes and latest handshake stay, nothing answers. */
    void stopExit() {
        stop(exitWg, exitDev);
        exitWg = null;
    }

    /** Waits until a ping through the tunnel to the exit's "internet" address is answered. */
    void awaitPassing() throws IOException {
        Netns.awaitPingThrough(routerNs, name, NamespaceRouter.INTERNET, START_LIMIT);
    }

    /** Stops both ends (SIGTERM first, so wireguard-go removes its socket), the server, and the exit namespace. */
    void close() {
        stop(routerWg, name);
        stop(exitWg, exitDev);
        Netns.kill(server);
        try {
            Netns.run("ip", "netns", "del", exitNs);
        } catch (IOException e) {
            // never made, or already gone
        }
    }

    private String transport(int end) {
        return "192.168." + (150 + index) + "." + end;
    }

    private Process startDevice(String ns, String dev, String self, String other, String endpoint, String address)
            throws IOException {
        Path log = dir.resolve(dev + "-wg.log");
        var pb = new ProcessBuilder("ip", "netns", "exec", ns, "wireguard-go", dev).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // Without it wireguard-go forks into the background and its PID is lost.
        pb.environment().put("WG_PROCESS_FOREGROUND", "1");
        Process p = pb.start();
        Path socket = SOCKETS.resolve(dev + ".sock");
        Netns.awaitTrue(() -> Files.exists(socket) || !p.isAlive(), START_LIMIT, () -> socket.toString());
        if (!p.isAlive()) {
            throw new IOException("wireguard-go " + dev + " exited " + p.exitValue() + ": " + Files.readString(log));
        }
        Netns.in(ns, "wg", "set", dev, "private-key", key(self).toString(), "listen-port", String.valueOf(PORT + index),
                "peer", Files.readString(dir.resolve(dev(other) + ".pub")).strip(), "endpoint", endpoint + ":" + (PORT + index),
                "allowed-ips", "0.0.0.0/0");
        Netns.in(ns, "ip", "addr", "add", address + "/32", "dev", dev);
        Netns.in(ns, "ip", "link", "set", dev, "up");
        return p;
    }

    private String dev(String end) {
        return end.equals("router") ? name : exitDev;
    }

    private Path key(String end) {
        return dir.resolve(dev(end) + ".key");
    }

    private void writeKey(String end) throws IOException {
        String priv = Netns.run("wg", "genkey").strip();
        Files.writeString(key(end), priv + "\n");
        Files.setPosixFilePermissions(key(end), java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        Process p = new ProcessBuilder("wg", "pubkey").redirectErrorStream(true).start();
        p.getOutputStream().write((priv + "\n").getBytes(StandardCharsets.US_ASCII));
        p.getOutputStream().close();
        String pub = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        try {
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("wg pubkey failed: " + pub);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        Files.writeString(dir.resolve(dev(end) + ".pub"), pub + "\n");
    }

    private static void stop(Process p, String dev) {
        if (p != null) {
            p.destroy();
            try {
                if (!p.waitFor(5, TimeUnit.SECONDS)) {
                    Netns.kill(p);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                Netns.kill(p);
            }
        }
        try {
            Files.deleteIfExists(SOCKETS.resolve(dev + ".sock"));
        } catch (IOException e) {
            // best effort: a stale socket of a killed process
        }
    }
}
