package io.github.vpnfailover.testbed;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * IPv6 for the namespace router: tunnel N gets fd08:N::1/64 (its exit fd08:N::2), each exit and a WAN namespace hold
 * the IPv6 "internet" {@link #INTERNET6} with an HTTP server that says who it is ("exit1 …", "wan …"), and the router
 * gets an IPv6 default route on "wan0" outside the tunnels: where IPv6 would leak. Root only.
 */
final class Ipv6Edge implements AutoCloseable {

    static final String INTERNET6 = "fd09::1";

    private final NamespaceRouter net;
    private final String wanNs;
    private final String tag;
    private final List<Process> servers = new ArrayList<>();

    Ipv6Edge(NamespaceRouter net) {
        this.net = net;
        this.tag = HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt(1 << 16));
        this.wanNs = "vfm-l-" + tag + "-w";
    }

    /** IPv6 on tunnel {@code i} and its exit, and the exit's IPv6 server. */
    void tunnel(int i) throws IOException {
        String exit = net.exitNamespace(i);
        Netns.run("ip", "-n", net.routerNs, "-6", "addr", "add", "fd08:" + i + "::1/64", "dev", net.tunnel(i), "nodad");
        Netns.run("ip", "-n", exit, "-6", "addr", "add", "fd08:" + i + "::2/64", "dev", "tun0", "nodad");
        Netns.run("ip", "-n", exit, "-6", "addr", "add", INTERNET6 + "/128", "dev", "lo");
        serve(exit, "exit" + i);
    }

    /** The router's IPv6 WAN: wan0 with a default route to a namespace that answers as "wan". */
    void wan() throws IOException {
        String veth = "vfml" + tag + "w";
        Netns.run("ip", "netns", "add", wanNs);
        Netns.run("ip", "-n", wanNs, "link", "set", "lo", "up");
        Netns.run("ip", "link", "add", veth, "netns", net.routerNs, "type", "veth", "peer", "name", "eth0", "netns", wanNs);
        Netns.run("ip", "-n", net.routerNs, "link", "set", veth, "name", "wan0");
        Netns.run("ip", "-n", net.routerNs, "-6", "addr", "add", "fd99::1/64", "dev", "wan0", "nodad");
        Netns.run("ip", "-n", net.routerNs, "link", "set", "wan0", "up");
        Netns.run("ip", "-n", wanNs, "-6", "addr", "add", "fd99::2/64", "dev", "eth0", "nodad");
        Netns.run("ip", "-n", wanNs, "link", "set", "eth0", "up");
        Netns.run("ip", "-n", wanNs, "-6", "addr", "add", INTERNET6 + "/128", "dev", "lo");
        Netns.run("ip", "-n", wanNs, "-6", "route", "add", "fd50::/64", "via", "fd99::1");
        Netns.run("ip", "-n", net.routerNs, "-6", "route", "add", "default", "via", "fd99::2", "dev", "wan0");
        serve(wanNs, "wan");
    }

    /** Who answers an IPv6 request from namespace {@code ns} ("exit1 fd08:1::1", "wan fd99::1"), or the error. */
    static String whoami6(String ns) {
        try {
            return Netns.in(ns, "curl", "-sS", "-6", "--max-time", "2", "http://[" + INTERNET6 + "]:"
                    + NamespaceRouter.HTTP_PORT + "/whoami").trim();
        } catch (IOException e) {
            return "failed: " + e.getMessage();
        }
    }

    private void serve(String ns, String name) throws IOException {
        Path log = net.directory().resolve(name + "-http6.log");
        Process p = Netns.start(ns, log, "python3", "-u", net.directory().resolve("exit-server.py").toString(), name, INTERNET6,
                String.valueOf(NamespaceRouter.HTTP_PORT), String.valueOf(NamespaceRouter.HANG_PORT));
        servers.add(p);
        Netns.awaitLog(log, 0, "ready", p, Duration.ofSeconds(20));
    }

    @Override
    public void close() {
        servers.forEach(Netns::kill);
        try {
            Netns.run("ip", "netns", "del", wanNs);
        } catch (IOException e) {
            // never made
        }
    }
}
