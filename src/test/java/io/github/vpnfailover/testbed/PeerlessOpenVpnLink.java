package io.github.vpnfailover.testbed;

import io.github.vpnfailover.probe.TestPki;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A real OpenVPN 2.6 client/server tunnel without a peer address (decision 0173), added to a {@link NamespaceRouter}:
 * either {@code dev tap} or {@code dev tun} with {@code topology subnet}. The server in its own exit namespace uses
 * {@code --server}, so it pushes {@code route-gateway 10.6.N.1} and one site route ({@code 10.66.N.0/24}), as a VPN
 * provider's server does; the router's client pulls them. The exit answers ARP only on the receiving device, as any
 * real far end does: on the tap, traffic reaches the exit only through the gateway.
 */
final class PeerlessOpenVpnLink implements AutoCloseable {

    private static final int PORT = 1194;
    private static final Duration START_LIMIT = Duration.ofSeconds(20);

    final String name;
    final String exitName;
    private final int index;
    private final boolean tap;
    private final String routerNs;
    private final String exitNs;
    private final String veth;
    private final Path dir;
    private final NamespaceRouter router;
    private Process serverVpn;
    private Process clientVpn;
    private Process http;

    /** {@code tap}: device tapN; else device tunsN in topology subnet. {@code index} 0..9, unique per router. */
    PeerlessOpenVpnLink(NamespaceRouter router, int index, boolean tap) {
        this.router = router;
        this.index = index;
        this.tap = tap;
        this.name = (tap ? "tap" : "tuns") + index;
        this.exitName = (tap ? "tapexit" : "subexit") + index;
        this.routerNs = router.routerNs;
        String tag = router.routerNs.substring("vfm-h-".length(), router.routerNs.length() - "-r".length());
        this.exitNs = "vfm-h-" + tag + "-p" + index;
        this.veth = "vfmh" + tag + "p" + index;
        this.dir = router.directory().resolve(name);
    }

    /** The server's address on the tunnel: the pushed route-gateway. */
    String gateway() {
        return "10.6." + index + ".1";
    }

    /** The site network the server pushes a route to (via the gateway). */
    String siteRoute() {
        return "10.66." + index + ".0/24";
    }

    private String transport(int end) {
        return "192.168." + (200 + index) + "." + end;
    }

    /** Exit namespace, transport veth, PKI, HTTP server, OpenVPN server, then the router's client until it completes. */
    PeerlessOpenVpnLink start() throws IOException {
        Files.createDirectories(dir);
        Netns.run("ip", "netns", "add", exitNs);
        Netns.run("ip", "-n", exitNs, "link", "set", "lo", "up");
        Netns.run("ip", "-n", exitNs, "addr", "add", NamespaceRouter.INTERNET + "/32", "dev", "lo");
        Netns.in(exitNs, "sysctl", "-q", "-w", "net.ipv4.conf.all.arp_ignore=1");
        Netns.run("ip", "link", "add", veth, "netns", routerNs, "type", "veth", "peer", "name", "transport", "netns", exitNs);
        Netns.run("ip", "-n", routerNs, "addr", "add", transport(1) + "/24", "dev", veth);
        Netns.run("ip", "-n", routerNs, "link", "set", veth, "up");
        Netns.run("ip", "-n", exitNs, "addr", "add", transport(2) + "/24", "dev", "transport");
        Netns.run("ip", "-n", exitNs, "link", "set", "transport", "up");
        TestPki pki;
        try {
            pki = TestPki.create(dir);
        } catch (Exception e) {
            throw new IOException("cannot make the test PKI of " + name + ": " + e.getMessage(), e);
        }
        Path httpLog = dir.resolve("http.log");
        http = Netns.start(exitNs, httpLog, "python3", "-u", BedScripts.script(router.directory(), "exit-server.py").toString(),
                exitName, "0.0.0.0", String.valueOf(NamespaceRouter.HTTP_PORT), String.valueOf(NamespaceRouter.HANG_PORT));
        Netns.awaitLog(httpLog, 0, "ready", http, START_LIMIT);
        // One certificate for both ends: the server checks the CA only, the client sets no remote-cert-tls.
        List<String> tls = List.of("--ca", pki.ca().toString(), "--cert", pki.cert().toString(), "--key", pki.key().toString());
        Path serverLog = dir.resolve("server.log");
        serverVpn = Netns.start(exitNs, serverLog, concat(List.of("openvpn", "--server", "10.6." + index + ".0", "255.255.255.0",
                "--topology", "subnet", "--dev", tap ? "tap0" : "tun0", "--dev-type", tap ? "tap" : "tun",
                "--push", "route 10.66." + index + ".0 255.255.255.0", "--dh", "none", "--disable-dco",
                "--proto", "udp", "--local", transport(2), "--lport", String.valueOf(PORT), "--verb", "3"), tls));
        Netns.awaitLog(serverLog, 0, "Initialization Sequence Completed", serverVpn, START_LIMIT);
        Path clientLog = dir.resolve("client.log");
        clientVpn = Netns.start(routerNs, clientLog, concat(List.of("openvpn", "--client", "--dev", name,
                "--dev-type", tap ? "tap" : "tun", "--remote", transport(2), String.valueOf(PORT), "--proto", "udp",
                "--nobind", "--disable-dco", "--verb", "3"), tls));
        Netns.awaitLog(clientLog, 0, "Initialization Sequence Completed", clientVpn, START_LIMIT);
        return this;
    }

    /** The PUSH_REPLY the router's client logged (holds route-gateway and the route). */
    String pushReply() throws IOException {
        return Files.readAllLines(dir.resolve("client.log")).stream().filter(l -> l.contains("PUSH_REPLY"))
                .findFirst().orElse("");
    }

    /** Builds and starts the link on {@code router}. */
    static PeerlessOpenVpnLink start(NamespaceRouter router, int index, boolean tap) throws IOException {
        var link = new PeerlessOpenVpnLink(router, index, tap);
        try {
            return link.start();
        } catch (IOException | RuntimeException e) {
            link.close();
            throw e;
        }
    }

    private static String[] concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toArray(String[]::new);
    }

    @Override
    public void close() {
        Netns.kill(clientVpn);
        Netns.kill(serverVpn);
        Netns.kill(http);
        NamespaceTeardown.removeAll(List.of(exitNs));
    }
}
