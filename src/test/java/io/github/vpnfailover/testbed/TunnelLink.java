package io.github.vpnfailover.testbed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * One real tunnel of the test bed: an OpenVPN 2.6 static-key point-to-point link from device {@code tunN} in the
 * router namespace to {@code tun0} in its own exit namespace. The UDP transport passes a delay relay in the
 * router namespace (RTT), each tun device has a tbf qdisc (rate), and the exit runs the HTTP server.
 */
final class TunnelLink {

    static final int VPN_PORT = 1194;
    /**
     * The packet path (relay and both OpenVPN ends) runs SCHED_FIFO so that a busy machine does not add its
     * scheduling delays to the configured RTT; the rates here are low, so these never hog a core.
     */
    private static final String RT_PRIORITY = "10";
    private static final Duration START_LIMIT = Duration.ofSeconds(20);

    final int index;
    final String name;
    final String exitNs;
    private final String routerNs;
    private final Path dir;
    private final Path key;
    private double rttMs;
    /** The RTT the bed's own packet path adds (tun, OpenVPN twice, the relay), measured once at start. */
    private double baseRttMs;
    private double rateMbit;
    private Process relay;
    private BufferedReader relayOut;
    private Writer relayIn;
    private int relayPort;
    private Process routerVpn;
    private Process exitVpn;
    private Process server;
    private Process plainHttp;

    TunnelLink(int index, String routerNs, String exitNs, Path dir, double rttMs, double rateMbit) {
        this.index = index;
        this.name = "tun" + index;
        this.routerNs = routerNs;
        this.exitNs = exitNs;
        this.dir = dir;
        this.key = dir.resolve("tun" + index + ".key");
        this.rttMs = rttMs;
        this.rateMbit = rateMbit;
    }

    /** 10.8.N.1: the router's end of the tunnel. */
    String localAddress() {
        return "10.8." + index + ".1";
    }

    /** 10.8.N.2: the exit's end, the gateway a switch routes through. */
    String peerAddress() {
        return "10.8." + index + ".2";
    }

    private String transportRouter() {
        return "192.168." + (100 + index) + ".1";
    }

    private String transportExit() {
        return "192.168." + (100 + index) + ".2";
    }

    /** Transport veth, exit namespace with the "internet" address, key, then server, relay and both OpenVPN ends. */
    void build(String idTag) throws IOException {
        String veth = "vfmh" + idTag + "u" + index;
        Netns.run("ip", "netns", "add", exitNs);
        Netns.run("ip", "-n", exitNs, "link", "set", "lo", "up");
        Netns.run("ip", "-n", exitNs, "addr", "add", NamespaceRouter.INTERNET + "/32", "dev", "lo");
        Netns.run("ip", "link", "add", veth, "netns", routerNs, "type", "veth", "peer", "name", "transport", "netns", exitNs);
        Netns.run("ip", "-n", routerNs, "addr", "add", transportRouter() + "/24", "dev", veth);
        Netns.run("ip", "-n", routerNs, "link", "set", veth, "up");
        Netns.run("ip", "-n", exitNs, "addr", "add", transportExit() + "/24", "dev", "transport");
        Netns.run("ip", "-n", exitNs, "link", "set", "transport", "up");
        Netns.run("openvpn", "--genkey", "secret", key.toString());
        startServer();
        startExitVpn();
        startRelay();
        startRouterVpn();
    }

    private void startServer() throws IOException {
        // Output to a file, not a pipe: tracebacks of aborted transfers must never fill a pipe and stall it.
        Path log = dir.resolve(name + "-http.log");
        server = Netns.start(exitNs, log, "python3", "-u", BedScripts.script(dir, "exit-server.py").toString(),
                "exit" + index, "0.0.0.0", String.valueOf(NamespaceRouter.HTTP_PORT), String.valueOf(NamespaceRouter.HANG_PORT));
        Netns.awaitLog(log, 0, "ready", server, START_LIMIT);
    }

    /** The reference HTTP server, from the Python standard library exactly as a user would start it. */
    void startPlainHttp(Path root) throws IOException {
        Netns.kill(plainHttp);
        Path log = dir.resolve(name + "-plain-http.log");
        long before = Netns.lines(log);
        plainHttp = Netns.start(exitNs, log, "python3", "-u", "-m", "http.server", String.valueOf(NamespaceRouter.PLAIN_HTTP_PORT),
                "--bind", NamespaceRouter.INTERNET, "--directory", root.toString());
        Netns.awaitLog(log, before, "Serving HTTP", plainHttp, START_LIMIT);
    }

    private void startRelay() throws IOException {
        relay = Netns.startPiped(routerNs, "chrt", "-f", RT_PRIORITY, "python3", "-u", BedScripts.script(dir, "delay-relay.py").toString(),
                "127.0.0.1", transportExit(), String.valueOf(VPN_PORT), "0");
        relayOut = Netns.reader(relay);
        relayIn = new OutputStreamWriter(relay.getOutputStream(), StandardCharsets.UTF_8);
        String line = Netns.firstLine(relay, relayOut, "delay relay of " + name);
        if (!line.matches("\\d+")) {
            throw new IOException("delay relay of " + name + " said: " + line);
        }
        relayPort = Integer.parseInt(line);
    }

    void startExitVpn() throws IOException {
        Path log = dir.resolve(name + "-exit.log");
        long before = Netns.lines(log);
        exitVpn = Netns.start(exitNs, log, "chrt", "-f", RT_PRIORITY, "openvpn", "--dev", "tun0", "--dev-type", "tun",
                "--ifconfig", peerAddress(), localAddress(), "--secret", key.toString(), "1",
                "--cipher", "AES-256-CBC", "--proto", "udp", "--local", transportExit(), "--lport", String.valueOf(VPN_PORT),
                "--verb", "3", "--mute-replay-warnings");
        // In static-key mode the exit only completes its start once the router's end speaks: listening is enough.
        Netns.awaitLog(log, before, "link local", exitVpn, START_LIMIT);
        shape(exitNs, "tun0");
    }

    void startRouterVpn() throws IOException {
        Path log = dir.resolve(name + "-router.log");
        long before = Netns.lines(log);
        routerVpn = Netns.start(routerNs, log, "chrt", "-f", RT_PRIORITY, "openvpn", "--dev", name, "--dev-type", "tun",
                "--ifconfig", localAddress(), peerAddress(), "--secret", key.toString(), "0",
                "--cipher", "AES-256-CBC", "--proto", "udp", "--remote", "127.0.0.1", String.valueOf(relayPort), "--nobind",
                "--verb", "3", "--mute-replay-warnings");
        Netns.awaitLog(log, before, "Initialization Sequence Completed", routerVpn, START_LIMIT);
        shape(routerNs, name);
    }

    /** Waits until a ping through the tunnel to the exit's "internet" address is answered. */
    void awaitPassing() throws IOException {
        Netns.awaitPingThrough(routerNs, name, NamespaceRouter.INTERNET, START_LIMIT);
    }

    /** The exit's OpenVPN dies: the router's device stays, nothing passes. */
    void killExit() {
        Netns.kill(exitVpn);
        exitVpn = null;
    }

    /** The router's OpenVPN stops: the kernel deletes device {@code tunN} (and every route through it). */
    void deleteDevice() throws IOException {
        Netns.kill(routerVpn);
        routerVpn = null;
        Netns.awaitTrue(() -> !linkExists(), Duration.ofSeconds(10), () -> name + " to disappear");
    }

    boolean linkExists() {
        try {
            Netns.run("ip", "-n", routerNs, "link", "show", "dev", name);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Measures the path's own RTT with the relay at zero delay (20 pings), then sets the relay to the configured
     * RTT minus that, so that the configured figure is the tunnel's end-to-end RTT as ping sees it.
     */
    void calibrate() throws IOException {
        String out = Netns.in(routerNs, "ping", "-q", "-c", "20", "-i", "0.02", "-I", name, NamespaceRouter.INTERNET);
        var m = java.util.regex.Pattern.compile("= [0-9.]+/([0-9.]+)/").matcher(out);
        if (!m.find()) {
            throw new IOException("cannot read the base RTT of " + name + ": " + out);
        }
        baseRttMs = Double.parseDouble(m.group(1));
        setRtt(rttMs);
    }

    double baseRttMs() {
        return baseRttMs;
    }

    void setRtt(double ms) throws IOException {
        rttMs = ms;
        control("rtt " + fmt(Math.max(0, ms - baseRttMs)));
    }

    double rateMbit() {
        return rateMbit;
    }

    void setRate(double mbit) throws IOException {
        rateMbit = mbit;
        if (exitVpn != null) {
            shape(exitNs, "tun0");
        }
        if (routerVpn != null) {
            shape(routerNs, name);
        }
    }

    private void control(String line) throws IOException {
        relayIn.write(line + "\n");
        relayIn.flush();
        String ack = relayOut.readLine();
        if (ack == null || !ack.equals("ok " + line)) {
            throw new IOException("delay relay of " + name + " did not take '" + line + "': " + ack);
        }
    }

    /** tbf on the device's egress: the exit's tun0 limits downloads, the router's tunN uploads. */
    private void shape(String ns, String dev) throws IOException {
        // A burst of a few milliseconds' worth keeps short transfers honest; 16 kB is tbf's practical floor here.
        long burst = Math.max(16_000, (long) (rateMbit * 1e6 / 8 * 0.004));
        Netns.run("ip", "netns", "exec", ns, "tc", "qdisc", "replace", "dev", dev, "root", "tbf",
                "rate", fmt(rateMbit) + "mbit", "burst", String.valueOf(burst), "latency", "300ms");
    }

    void close() {
        Netns.kill(routerVpn);
        Netns.kill(exitVpn);
        Netns.kill(relay);
        Netns.kill(server);
        Netns.kill(plainHttp);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
