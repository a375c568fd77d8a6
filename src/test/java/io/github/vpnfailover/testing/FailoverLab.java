package io.github.vpnfailover.testing;

import io.github.vpnfailover.router.ssh.ReconnectPolicy;
import io.github.vpnfailover.router.ssh.SshConnector;
import io.github.vpnfailover.router.ssh.SshOptions;
import io.github.vpnfailover.router.ssh.SshShell;
import io.github.vpnfailover.router.ssh.SshTarget;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A router with VPN-like tunnels for failover tests, all in namespaces the test made ({@code vfm-live-<id>-r},
 * {@code -s}). Tunnels tunA, tunB, ... are real point-to-point TUN devices whose far ends sit in the server
 * namespace; a small userspace relay ({@code vfm-tun-relay.py}) carries their packets and can kill a tunnel,
 * add random loss and delay jitter, or drop traffic to one address (the kernel here has no netem). Targets
 * 10.99.0.1-3 live on the server's loopback. A real sshd runs in the router namespace, reached over a
 * management veth. Root only; {@link #close()} removes everything by PID and name.
 */
public final class FailoverLab implements AutoCloseable {

    public static final List<String> TARGETS = List.of("10.99.0.1", "10.99.0.2");
    public static final String CONFIRM_ONLY_TARGET = "10.99.0.3";

    public final String router;
    public final String server;
    public final List<String> tunnels = new ArrayList<>();
    private final String id;
    private final Path dir;
    private final String mgmtHost;
    private final String mgmtRouter;
    private Process relay;
    private PrintWriter relayIn;
    private BufferedReader relayOut;
    private OpenSshServer sshd;

    public FailoverLab(int tunnelCount, Path dir) throws IOException, InterruptedException {
        id = HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt(1 << 16));
        router = "vfm-live-" + id + "-r";
        server = "vfm-live-" + id + "-s";
        this.dir = Files.createDirectories(dir);
        int subnet = ThreadLocalRandom.current().nextInt(1, 250);
        mgmtHost = "10.201." + subnet + ".1";
        mgmtRouter = "10.201." + subnet + ".2";
        try {
            sh("ip netns add " + router + " && ip netns add " + server);
            sh("ip -n " + router + " link set lo up && ip -n " + server + " link set lo up");
            for (String t : List.of("10.99.0.1", "10.99.0.2", CONFIRM_ONLY_TARGET)) {
                sh("ip -n " + server + " addr add " + t + "/32 dev lo");
            }
            startRelay(tunnelCount);
            for (int i = 0; i < tunnelCount; i++) {
                String t = tunnels.get(i);
                sh("ip -n " + router + " addr add 10.70." + i + ".1 peer 10.70." + i + ".2 dev " + t
                        + " && ip -n " + router + " link set " + t + " up"
                        + " && ip -n " + server + " addr add 10.70." + i + ".2 peer 10.70." + i + ".1 dev vl" + id + "f" + i
                        + " && ip -n " + server + " link set vl" + id + "f" + i + " up");
            }
            sh("ip -n " + router + " route add 0.0.0.0/1 via 10.70.0.2 dev tunA && ip -n " + router
                    + " route add 128.0.0.0/1 via 10.70.0.2 dev tunA");
            sh("ip link add vl" + id + "h type veth peer name vl" + id + "m netns " + router
                    + " && ip addr add " + mgmtHost + "/30 dev vl" + id + "h && ip link set vl" + id + "h up"
                    + " && ip -n " + router + " addr add " + mgmtRouter + "/30 dev vl" + id + "m && ip -n " + router
                    + " link set vl" + id + "m up");
            sshd = OpenSshServer.start(Files.createDirectories(dir.resolve("sshd")), router, mgmtRouter, 22, null);
        } catch (IOException | InterruptedException | RuntimeException e) {
            close();
            throw e;
        }
    }

    public static boolean canRun() {
        return OpenSshServer.canRun() && Files.exists(Path.of("/dev/net/tun")) && Files.isExecutable(Path.of("/usr/bin/python3"));
    }

    /** A fresh SSH shell to the router (one session), host key trusted. */
    public SshShell ssh() throws Exception {
        Path known = dir.resolve("client/known_hosts");
        Files.createDirectories(known.getParent());
        Files.writeString(known, sshd.knownHostsLine() + "\n");
        var target = new SshTarget(mgmtRouter, 22, "root", sshd.clientKey(), known, false, null);
        var options = SshOptions.defaults().withSshDir(dir.resolve("client")).withConnectTimeout(Duration.ofSeconds(5))
                .withReconnect(new ReconnectPolicy(Duration.ofMillis(100), Duration.ofMillis(400), 4));
        return SshConnector.open(target, options);
    }

    /** Stops (or restarts) all traffic through {@code tunnel}, as a VPN server that died silently. */
    public void dead(String tunnel, boolean dead) throws IOException {
        relay("dead " + tunnel + " " + (dead ? 1 : 0));
    }

    /** Random loss (0..1) and a delay of {@code delayMs} ± {@code jitter} (fraction) towards the server. */
    public void impair(String tunnel, double loss, double delayMs, double jitter) throws IOException {
        relay("set " + tunnel + " " + loss + " " + delayMs + " " + jitter);
    }

    /** Drops everything {@code tunnel} carries to {@code address} (null: stop dropping). */
    public void dropTo(String tunnel, String address) throws IOException {
        relay("dropdst " + tunnel + " " + (address == null ? "-" : address));
    }

    /** Bytes the tunnel carried so far: {towards the server, towards the router}. */
    public long[] bytes(String tunnel) throws IOException {
        String[] w = relay("stats " + tunnel).split(" ");
        return new long[] {Long.parseLong(w[2]), Long.parseLong(w[3])};
    }

    /** The device the 0.0.0.0/1 route uses now (read directly, not through the app). */
    public String routedVia() throws IOException, InterruptedException {
        String out = sh("ip -n " + router + " route show 0.0.0.0/1");
        var m = java.util.regex.Pattern.compile("dev (\\S+)").matcher(out);
        return m.find() ? m.group(1) : null;
    }

    /** Points the routes at {@code tunnel} directly (between benchmark trials). */
    public void route(String tunnel) throws IOException, InterruptedException {
        int i = tunnels.indexOf(tunnel);
        sh("ip -n " + router + " route replace 0.0.0.0/1 via 10.70." + i + ".2 dev " + tunnel + " && ip -n " + router
                + " route replace 128.0.0.0/1 via 10.70." + i + ".2 dev " + tunnel);
    }

    private void startRelay(int count) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/python3", "-u", script().toString(), router, server));
        for (int i = 0; i < count; i++) {
            String t = "tun" + (char) ('A' + i);
            tunnels.add(t);
            cmd.add(t + ":vl" + id + "f" + i);
        }
        relay = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        relayIn = new PrintWriter(relay.getOutputStream(), true, StandardCharsets.UTF_8);
        relayOut = new BufferedReader(new InputStreamReader(relay.getInputStream(), StandardCharsets.UTF_8));
        String first = relayOut.readLine();
        if (!"ready".equals(first)) {
            throw new IOException("tunnel relay did not start: " + first);
        }
    }

    private Path script() throws IOException {
        Path script = dir.resolve("vfm-tun-relay.py");
        try (var in = getClass().getResourceAsStream("/vfm-tun-relay.py")) {
            Files.write(script, in.readAllBytes());
        }
        return script;
    }

    private synchronized String relay(String command) throws IOException {
        relayIn.println(command);
        String answer = relayOut.readLine();
        if (answer == null || answer.startsWith("error")) {
            throw new IOException("relay refused '" + command + "': " + answer);
        }
        return answer;
    }

    static String sh(String command) throws IOException, InterruptedException {
        return io.github.vpnfailover.router.TestRouterNamespace.sh(command);
    }

    @Override
    public void close() {
        if (sshd != null) {
            sshd.close();
        }
        if (relay != null) {
            relay.destroyForcibly();
            try {
                relay.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (String ns : List.of(router, server)) {
            try {
                sh("for p in $(ip netns pids " + ns + " 2>/dev/null); do kill -9 $p; done; ip netns del " + ns + " 2>/dev/null || true");
            } catch (IOException | InterruptedException e) {
                // best effort: the namespace may never have been made
            }
        }
        try {
            sh("ip link del vl" + id + "h 2>/dev/null || true");
        } catch (IOException | InterruptedException e) {
            // gone with the namespace already
        }
    }
}
