package io.github.vpnfailover.probe;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/** A real openvpn 2.6 server on a loopback address and a free port, started and killed (by PID) by a test. */
public final class OpenVpnServer implements AutoCloseable {
    private final Process process;
    private final int port;
    private final Path log;

    private OpenVpnServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Skips the calling test, with the package to install, where there is no openvpn binary. */
    public static void assumeInstalled() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/sbin/openvpn"))
                || Files.isExecutable(Path.of("/usr/bin/openvpn")), "openvpn is not installed (Debian package openvpn)");
    }

    /** Starts a server on {@code host} ("127.0.0.1" or "::1") with {@code wrappingArgs}, e.g. --tls-auth FILE 0. */
    public static OpenVpnServer start(TestPki pki, Proto proto, String host, String... wrappingArgs) throws Exception {
        String suffix = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(0, 6);
        return launch(pki, proto, host, List.of("--mode", "server", "--tls-server",
                "--dev", "vfm" + suffix, "--dev-type", "tun", "--topology", "subnet",
                "--ifconfig", "10.250." + (ThreadLocalRandom.current().nextInt(250) + 1) + ".1", "255.255.255.0",
                "--ifconfig-noexec", "--route-noexec", "--disable-dco"), "Initialization Sequence Completed", wrappingArgs);
    }

    /**
     * A point-to-point TLS server, as site-to-site links run it: {@code tls-server} without {@code mode server},
     * one peer at a time, no device (needs no root). It is ready once its socket is bound.
     */
    public static OpenVpnServer pointToPoint(TestPki pki, Proto proto, String host, String... wrappingArgs) throws Exception {
        return launch(pki, proto, host, List.of("--tls-server", "--dev", "null"),
                proto == Proto.UDP ? "link local (bound)" : "Listening for incoming TCP connection", wrappingArgs);
    }

    private static OpenVpnServer launch(TestPki pki, Proto proto, String host, List<String> modeArgs, String ready,
                                        String... wrappingArgs) throws Exception {
        boolean v6 = host.contains(":");
        int port = freePort(proto, host);
        Path log = pki.dir().resolve("openvpn-" + ThreadLocalRandom.current().nextInt(1 << 30) + ".log");
        List<String> cmd = new ArrayList<>(List.of("openvpn"));
        cmd.addAll(modeArgs);
        cmd.addAll(List.of("--proto", (proto == Proto.UDP ? "udp" : "tcp-server").replace("udp", v6 ? "udp6" : "udp")
                        .replace("tcp-server", v6 ? "tcp6-server" : "tcp-server"),
                "--local", host, "--lport", String.valueOf(port),
                "--ca", pki.ca().toString(), "--cert", pki.cert().toString(), "--key", pki.key().toString(),
                "--dh", "none", "--verb", "3"));
        cmd.addAll(List.of(wrappingArgs));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        OpenVpnServer server = new OpenVpnServer(p, port, log);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            String text = Files.exists(log) ? Files.readString(log) : "";
            if (text.contains(ready)) {
                return server;
            }
            if (!p.isAlive()) {
                throw new IllegalStateException("openvpn exited (" + p.exitValue() + "): " + text);
            }
            Thread.sleep(50);
        }
        server.close();
        throw new IllegalStateException("openvpn did not start within 20 s: " + Files.readString(log));
    }

    public int port() {
        return port;
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
    }

    /** A port free for {@code proto} on {@code host} right now (bind port 0, read it, close). */
    public static int freePort(Proto proto, String host) throws IOException {
        InetAddress address = InetAddress.getByName(host);
        if (proto == Proto.UDP) {
            try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(address, 0))) {
                return s.getLocalPort();
            }
        }
        try (ServerSocket s = new ServerSocket(0, 1, address)) {
            return s.getLocalPort();
        }
    }
}
