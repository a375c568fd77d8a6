package io.github.vpnfailover.router;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A small router in two namespaces made by the test: "router" has two veth links named like tunnels (tunA, tunB)
 * to "server", which runs an HTTP server; plus real TUN devices, one with a peer and two with hostile names.
 * Root only; {@link #close()} removes everything it made.
 */
public final class TestRouterNamespace implements AutoCloseable {

    /** Creates a file named "m" in the shell's working directory if ever executed. */
    public static final String HOSTILE_TOUCH = "wg;touch${IFS}m";
    public static final String HOSTILE_SUBST = "tun$(id)";

    public final String router;
    public final String server;
    public final Path workDir;
    public final int httpPort;
    // the server namespace is the test's own, so fixed ports cannot clash with anything
    private static final int HTTP_PORT = 8080;
    private static final int HANG_PORT = 8081;
    private final Process http;

    public TestRouterNamespace() throws IOException, InterruptedException {
        String id = HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt(1 << 16));
        router = "vfm" + id + "r";
        server = "vfm" + id + "s";
        workDir = Files.createTempDirectory("vfm" + id);
        Process started = null;
        try {
            sh("ip netns add " + router);
            sh("ip netns add " + server);
            sh("ip -n " + router + " link set lo up; ip -n " + server + " link set lo up");
            veth("tunA", "10.66.0", id);
            veth("tunB", "10.67.0", id + "b");
            sh("ip -n " + router + " tuntap add dev tun9 mode tun && ip -n " + router + " addr add 10.8.0.6 peer 10.8.0.5 dev tun9");
            sh("ip -n " + router + " tuntap add dev '" + HOSTILE_TOUCH + "' mode tun");
            sh("ip -n " + router + " tuntap add dev '" + HOSTILE_SUBST + "' mode tun");
            sh("ip -n " + router + " route add default via 10.66.0.2 dev tunA");
            // the namespace router's exit server serves this bed too: /download/N, upload, one process
            Path script = workDir.resolve("exit-server.py");
            try (var in = getClass().getResourceAsStream("/testbed/exit-server.py")) {
                Files.write(script, in.readAllBytes());
            }
            started = new ProcessBuilder("ip", "netns", "exec", server, "/usr/bin/python3", "-u", script.toString(),
                    "server", "0.0.0.0", String.valueOf(HTTP_PORT), String.valueOf(HANG_PORT))
                    .redirectErrorStream(true).start();
            var reader = new BufferedReader(new InputStreamReader(started.getInputStream(), StandardCharsets.UTF_8));
            String first = reader.readLine();
            if (first == null || !first.trim().equals("ready")) {
                throw new IOException("test HTTP server did not start: " + first + "\n"
                        + reader.lines().collect(java.util.stream.Collectors.joining("\n")));
            }
            httpPort = HTTP_PORT;
        } catch (IOException | RuntimeException | InterruptedException e) {
            http = started;
            close();
            throw e;
        }
        http = started;
    }

    public static boolean isRoot() {
        try {
            return sh("id -u").trim().equals("0");
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    public NamespaceShell shell() {
        return new NamespaceShell(router, workDir.toFile());
    }

    public String url(String path) {
        return "http://10.66.0.2:" + httpPort + path;
    }

    public String urlB(String path) {
        return "http://10.67.0.2:" + httpPort + path;
    }

    private void veth(String name, String net, String id) throws IOException, InterruptedException {
        String a = "vfm" + id + "x";
        String b = "vfm" + id + "y";
        sh("ip link add " + a + " netns " + router + " type veth peer name " + b + " netns " + server);
        sh("ip -n " + router + " link set " + a + " name " + name + " && ip -n " + router + " link set " + name + " up"
                + " && ip -n " + router + " addr add " + net + ".1/24 dev " + name
                + " && ip -n " + server + " link set " + b + " up && ip -n " + server + " addr add " + net + ".2/24 dev " + b);
    }

    /** Runs {@code command} on this machine (outside the namespaces), failing loudly. */
    public static String sh(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("'" + command + "' failed: " + out);
        }
        return out;
    }

    @Override
    public void close() {
        if (http != null) {
            http.descendants().forEach(ProcessHandle::destroyForcibly);
            http.destroyForcibly();
        }
        for (String ns : List.of(router, server)) {
            try {
                sh("ip netns pids " + ns + " 2>/dev/null | xargs -r kill -9; ip netns del " + ns + " 2>/dev/null || true");
            } catch (IOException | InterruptedException e) {
                // best effort: the namespace may never have been made
            }
        }
        try (var files = Files.walk(workDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // best effort
        }
    }
}
