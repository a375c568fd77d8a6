package io.github.vpnfailover.testbed;

import io.github.vpnfailover.router.NamespaceShell;
import io.github.vpnfailover.router.ssh.SshTarget;
import io.github.vpnfailover.testing.OpenSshServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A Linux router built from network namespaces, for end-to-end and fault tests. Namespace "router" has a
 * management veth to this machine with a real OpenSSH sshd on it, and N real OpenVPN tunnels tun0..tunN-1, each
 * to its own "exit" namespace that holds the same "internet" address {@link #INTERNET} with an HTTP server.
 * Per tunnel: RTT by a userspace UDP delay relay (calibrated so the configured RTT is the end-to-end one), rate by tbf. The fault controls break real parts (kill
 * processes, delete devices, take links down). Root only; {@link #close()} removes everything by PID and namespace.
 */
public final class NamespaceRouter implements AutoCloseable {

    /** The "internet": the same address on every exit, reached through whichever tunnel the routes pick. */
    public static final String INTERNET = "10.9.0.1";
    /** Routed into a tunnel like the internet address, but no exit holds it: pings to it never come back. */
    public static final String BLACK_HOLE = "10.9.0.99";
    public static final int HTTP_PORT = 8080;
    /** Accepts TCP connections on every exit and never answers. */
    public static final int HANG_PORT = 8081;
    public static final String MANAGEMENT_DEVICE = "mgmt0";
    /** Where {@link #servePlainHttp} runs {@code python3 -m http.server}: the reference server that ignores Range. */
    public static final int PLAIN_HTTP_PORT = 8000;

    /** One tunnel's configured quality. */
    public record TunnelSpec(double rttMs, double rateMbit) { }

    /** A non-root login on the router and, if not null, the sudoers text that sshd's sessions see as /etc/sudoers. */
    public record RouterUser(OpenSshServer.PasswordUser user, String sudoers) { }

    public final String routerNs;
    private final String idTag;
    private final Path dir;
    private final String hostAddress;
    private final String routerAddress;
    private final List<TunnelLink> tunnels = new ArrayList<>();
    private final List<WireGuardLink> wireGuards = new ArrayList<>();
    private OpenSshServer sshd;

    private NamespaceRouter(String idTag, Path dir) {
        this.idTag = idTag;
        this.dir = dir;
        this.routerNs = "vfm-h-" + idTag + "-r";
        int a = ThreadLocalRandom.current().nextInt(64, 128);
        int b = ThreadLocalRandom.current().nextInt(256);
        int c = ThreadLocalRandom.current().nextInt(64) * 4;
        this.hostAddress = "100." + a + "." + b + "." + (c + 1);
        this.routerAddress = "100." + a + "." + b + "." + (c + 2);
    }

    /** Skips the calling test, with the reason, unless this machine can build the router. */
    public static void assumeAvailable() {
        BedRequirements.assumeRouterTools();
    }

    /** Builds the router with one tunnel per spec, routes (def1) through tun0, sshd with root key login. */
    public static NamespaceRouter start(List<TunnelSpec> specs) throws IOException {
        return start(specs, null);
    }

    /** As {@link #start(List)}, plus a non-root router user (and its sudoers) for least-privilege tests. */
    public static NamespaceRouter start(List<TunnelSpec> specs, RouterUser user) throws IOException {
        String idTag = HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt(1 << 16));
        Path dir = Files.createTempDirectory("vfm-h-" + idTag + "-");
        var net = new NamespaceRouter(idTag, dir);
        try {
            net.build(specs, user);
            return net;
        } catch (IOException | RuntimeException e) {
            net.close();
            throw e;
        }
    }

    private void build(List<TunnelSpec> specs, RouterUser user) throws IOException {
        BedScripts.copy(dir, "exit-server.py", "delay-relay.py");
        Netns.run("ip", "netns", "add", routerNs);
        Netns.run("ip", "-n", routerNs, "link", "set", "lo", "up");
        String hostDev = "vfmh" + idTag + "m";
        Netns.run("ip", "link", "add", hostDev, "type", "veth", "peer", "name", MANAGEMENT_DEVICE, "netns", routerNs);
        Netns.run("ip", "addr", "add", hostAddress + "/30", "dev", hostDev);
        Netns.run("ip", "link", "set", hostDev, "up");
        Netns.run("ip", "-n", routerNs, "addr", "add", routerAddress + "/30", "dev", MANAGEMENT_DEVICE);
        Netns.run("ip", "-n", routerNs, "link", "set", MANAGEMENT_DEVICE, "up");
        for (int i = 0; i < specs.size(); i++) {
            var link = new TunnelLink(i, routerNs, "vfm-h-" + idTag + "-e" + i, dir, specs.get(i).rttMs(), specs.get(i).rateMbit());
            tunnels.add(link);
            link.build(idTag);
        }
        for (TunnelLink t : tunnels) {
            t.awaitPassing();
            t.calibrate();
        }
        routeVia(0);
        sshd = RouterSshd.start(dir, routerNs, routerAddress, user);
    }

    /** tun0, tun1, ... */
    public String tunnel(int i) {
        return tunnels.get(i).name;
    }

    public int tunnelCount() {
        return tunnels.size();
    }

    /** The namespace of tunnel {@code i}'s exit (for beds that add to it, such as IPv6). */
    public String exitNamespace(int i) {
        return tunnels.get(i).exitNs;
    }

    /** The gateway address of tunnel {@code i} (its exit's end). */
    public String peer(int i) {
        return tunnels.get(i).peerAddress();
    }

    /** The router's sshd: {@code kill()} and {@code restart()} it for faults. */
    public OpenSshServer sshd() {
        return sshd;
    }

    /** Where the router's sshd listens (this machine reaches it over the management veth). */
    public String managementAddress() {
        return routerAddress;
    }

    /** An SSH target for {@code user}, with the router's host key written to {@code knownHosts} first. */
    public SshTarget sshTarget(Path knownHosts, String user) throws IOException {
        Files.createDirectories(knownHosts.toAbsolutePath().getParent());
        Files.writeString(knownHosts, sshd.knownHostsLine() + "\n");
        return new SshTarget(routerAddress, 22, user, sshd.clientKey(), knownHosts, false, null);
    }

    /** A shell straight into the router namespace, without SSH (for setting up and checking). */
    public NamespaceShell directShell() {
        return new NamespaceShell(routerNs, dir.toFile());
    }

    public String downloadUrl(long bytes) {
        return "http://" + INTERNET + ":" + HTTP_PORT + "/download/" + bytes;
    }

    public String uploadUrl() {
        return "http://" + INTERNET + ":" + HTTP_PORT + "/upload";
    }

    /**
     * Starts {@code python3 -m http.server} (which ignores Range and always sends the whole file) on every exit,
     * serving {@code file}'s folder; returns the URL of {@code file} through the "internet" address.
     */
    public String servePlainHttp(Path file) throws IOException {
        for (TunnelLink t : tunnels) {
            t.startPlainHttp(file.getParent());
        }
        return "http://" + INTERNET + ":" + PLAIN_HTTP_PORT + "/" + file.getFileName();
    }

    /** A URL whose server accepts the connection and never sends a byte. */
    public String hangingUrl() {
        return "http://" + INTERNET + ":" + HANG_PORT + "/download/1000";
    }

    /** Runs {@code argv} inside the router namespace (no shell), failing loudly. */
    public String exec(String... argv) throws IOException {
        return Netns.in(routerNs, argv);
    }

    /** The router's IPv4 routes, as {@code ip route} prints them. */
    public String routes() throws IOException {
        return exec("ip", "route");
    }

    /** Which exit carries the router's ordinary traffic now: asks the "internet" over the routes ("exit1 10.8.1.1"). */
    public String exitSeenByInternet() throws IOException {
        return exec("curl", "-sS", "--max-time", "5", "http://" + INTERNET + ":" + HTTP_PORT + "/whoami").trim();
    }

    /** Points the def1 routes at tunnel {@code i}, as the app's def1 mode does. */
    public void routeVia(int i) throws IOException {
        TunnelLink t = tunnels.get(i);
        exec("ip", "route", "replace", "0.0.0.0/1", "via", t.peerAddress(), "dev", t.name);
        exec("ip", "route", "replace", "128.0.0.0/1", "via", t.peerAddress(), "dev", t.name);
    }

    /** Kills the exit end of tunnel {@code i}: the device and routes stay on the router, nothing answers. */
    public void killTunnel(int i) {
        tunnels.get(i).killExit();
    }

    /** Starts the exit end again and waits until traffic passes. */
    public void restoreTunnel(int i) throws IOException {
        tunnels.get(i).startExitVpn();
        tunnels.get(i).awaitPassing();
    }

    /** Stops the router end of tunnel {@code i}: device {@code tunI} is deleted by the kernel. */
    public void deleteTunnel(int i) throws IOException {
        tunnels.get(i).deleteDevice();
    }

    /** Brings device {@code tunI} back under the same name and waits until traffic passes. */
    public void recreateTunnel(int i) throws IOException {
        tunnels.get(i).startRouterVpn();
        tunnels.get(i).awaitPassing();
    }

    public boolean tunnelExists(int i) {
        return tunnels.get(i).linkExists();
    }

    /** What the bed's own packet path adds to tunnel {@code i}'s RTT; the relay delays by the rest. */
    public double baseRttMs(int i) {
        return tunnels.get(i).baseRttMs();
    }

    public void setRttMs(int i, double ms) throws IOException {
        tunnels.get(i).setRtt(ms);
    }

    /** The rate tbf holds tunnel {@code i} to, in both directions. */
    public double rateMbit(int i) {
        return tunnels.get(i).rateMbit();
    }

    public void setRateMbit(int i, double mbit) throws IOException {
        tunnels.get(i).setRate(mbit);
    }

    /** The router's management interface goes down (SSH packets are lost, the session is not closed). */
    public void managementLinkDown() throws IOException {
        exec("ip", "link", "set", MANAGEMENT_DEVICE, "down");
    }

    public void managementLinkUp() throws IOException {
        exec("ip", "link", "set", MANAGEMENT_DEVICE, "up");
    }

    /** Adds a TUN device named exactly {@code name} on the router (names the kernel accepts, however hostile). */
    public void addLink(String name) throws IOException {
        exec("ip", "tuntap", "add", "dev", name, "mode", "tun");
    }

    /**
     * Adds a real WireGuard tunnel (wireguard-go at both ends, its own exit with the "internet" address) and waits
     * until it passes traffic; returns its device name, {@code wgTAGN}. Routes stay where they were.
     */
    public String addWireGuard() throws IOException {
        WireGuardLink.assumeAvailable();
        var link = new WireGuardLink(wireGuards.size(), idTag, routerNs, dir);
        wireGuards.add(link);
        link.build();
        return link.name;
    }

    /** The exit's wireguard-go of WireGuard tunnel {@code i} stops: no answers, the router's device stays. */
    public void stopWireGuardExit(int i) {
        wireGuards.get(i).stopExit();
    }

    /** Starts it again and waits until traffic passes. */
    public void startWireGuardExit(int i) throws IOException {
        wireGuards.get(i).startExit();
        wireGuards.get(i).awaitPassing();
    }

    /** Log files of the bed (sshd, OpenVPN ends, HTTP servers) for failure messages. */
    public Path directory() {
        return dir;
    }

    @Override
    public void close() {
        wireGuards.forEach(WireGuardLink::close);
        tunnels.forEach(TunnelLink::close);
        if (sshd != null) {
            sshd.close();
        }
        List<String> namespaces = new ArrayList<>();
        namespaces.add(routerNs);
        tunnels.forEach(t -> namespaces.add(t.exitNs));
        NamespaceTeardown.removeAll(namespaces);
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // best effort: a temp folder
        }
    }
}
