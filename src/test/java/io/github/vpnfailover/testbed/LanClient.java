package io.github.vpnfailover.testbed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A LAN client behind the namespace router: its own namespace on a veth "lan0" of the router (192.168.50.0/24 and
 * fd50::/64), forwarding on, and {@code nft} masquerade on every tunnel device, as a home router NATs its LAN into
 * the VPN. {@link #startDownload} runs lan-client.py there: one long download, and new connections on demand.
 * Root only; {@link #close()} removes the namespace and the client process by PID.
 */
final class LanClient implements AutoCloseable {

    static final String ADDRESS = "192.168.50.2";
    static final String ADDRESS6 = "fd50::2";

    final String ns;
    private final NamespaceRouter net;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private Process client;
    private Writer clientIn;

    private LanClient(NamespaceRouter net, String tag) {
        this.net = net;
        this.ns = "vfm-l-" + tag + "-c";
    }

    static LanClient attach(NamespaceRouter net) throws IOException {
        String tag = HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt(1 << 16));
        var lan = new LanClient(net, tag);
        try {
            lan.build(tag);
            return lan;
        } catch (IOException | RuntimeException e) {
            lan.close();
            throw e;
        }
    }

    private void build(String tag) throws IOException {
        String r = net.routerNs;
        Netns.run("ip", "netns", "add", ns);
        Netns.run("ip", "-n", ns, "link", "set", "lo", "up");
        Netns.run("ip", "link", "add", "vfml" + tag + "r", "netns", r, "type", "veth", "peer", "name", "eth0", "netns", ns);
        Netns.run("ip", "-n", r, "link", "set", "vfml" + tag + "r", "name", "lan0");
        Netns.run("ip", "-n", r, "addr", "add", "192.168.50.1/24", "dev", "lan0");
        Netns.run("ip", "-n", r, "-6", "addr", "add", "fd50::1/64", "dev", "lan0", "nodad");
        Netns.run("ip", "-n", r, "link", "set", "lan0", "up");
        Netns.run("ip", "-n", ns, "addr", "add", ADDRESS + "/24", "dev", "eth0");
        Netns.run("ip", "-n", ns, "-6", "addr", "add", ADDRESS6 + "/64", "dev", "eth0", "nodad");
        Netns.run("ip", "-n", ns, "link", "set", "eth0", "up");
        Netns.run("ip", "-n", ns, "route", "add", "default", "via", "192.168.50.1");
        Netns.run("ip", "-n", ns, "-6", "route", "add", "default", "via", "fd50::1");
        Netns.in(r, "sysctl", "-qw", "net.ipv4.ip_forward=1", "net.ipv6.conf.all.forwarding=1");
        nat(false);
    }

    /**
     * The router's NAT into the tunnels: {@code masquerade} on every tunnel device (what OpenWrt's fw4 does), or with
     * {@code snat} a fixed {@code snat to 10.8.N.1} per OpenVPN tunnel of the bed. Linux kills a masqueraded entry
     * itself when its flow's output device changes; an SNAT entry stays, so there the flush is all that helps.
     */
    void nat(boolean snat) throws IOException {
        var rules = new StringBuilder("table inet vfmlan {\n chain post {\n  type nat hook postrouting priority srcnat; policy accept;\n");
        if (snat) {
            for (int i = 0; i < net.tunnelCount(); i++) {
                // 10.8.N.1: the router's end of OpenVPN tunnel N in this bed (TunnelLink)
                rules.append("  oifname \"").append(net.tunnel(i)).append("\" snat ip to 10.8.").append(i).append(".1\n");
            }
        }
        rules.append("  oifname \"tun*\" masquerade\n  oifname \"wg*\" masquerade\n }\n}\n");
        Path file = net.directory().resolve("lan-nat-" + ns + ".nft");
        Files.writeString(file, rules.toString());
        Netns.in(net.routerNs, "sh", "-c", "nft delete table inet vfmlan 2>/dev/null; nft -f " + file);
    }

    /** Starts the long download to {@code host} (through whatever the router's routes pick) and waits until it runs. */
    void startDownload(String host) throws IOException {
        stopClient();
        lines.clear();
        Path script = net.directory().resolve("lan-client.py");
        if (!Files.exists(script)) {
            try (var in = getClass().getResourceAsStream("/testbed/lan-client.py")) {
                Files.write(script, in.readAllBytes());
            }
        }
        client = Netns.startPiped(ns, "python3", "-u", script.toString(), host, String.valueOf(NamespaceRouter.HTTP_PORT));
        clientIn = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.UTF_8);
        BufferedReader out = Netns.reader(client);
        Thread reader = new Thread(() -> out.lines().forEach(lines::add), "lan-client-out");
        reader.setDaemon(true);
        reader.start();
        await("connected", Duration.ofSeconds(10));
        await("bytes", Duration.ofSeconds(10));
    }

    /** Asks the client to open new connections until one is answered by {@code exit} ("exit1"). */
    void probe(String exit) throws IOException {
        clientIn.write("probe " + exit + "\n");
        clientIn.flush();
    }

    /** The next line starting with {@code word} (others are dropped), or null after {@code limit}. */
    String await(String word, Duration limit) throws IOException {
        long end = System.nanoTime() + limit.toNanos();
        try {
            for (long left = limit.toNanos(); left > 0; left = end - System.nanoTime()) {
                String line = lines.poll(left, TimeUnit.NANOSECONDS);
                if (line != null && line.startsWith(word + " ")) {
                    return line;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    /** Time field {@code index} (0-based, after the word) of an output line, in System.nanoTime's clock. */
    static long time(String line, int index) {
        return Long.parseLong(line.split(" ")[index + 1]);
    }

    private void stopClient() {
        Netns.kill(client);
        client = null;
    }

    @Override
    public void close() {
        stopClient();
        NamespaceTeardown.removeAll(List.of(ns));
    }
}
