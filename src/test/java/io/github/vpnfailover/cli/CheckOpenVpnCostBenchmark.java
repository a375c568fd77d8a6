package io.github.vpnfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vpnfailover.probe.OpenVpnServer;
import io.github.vpnfailover.probe.Proto;
import io.github.vpnfailover.probe.TestPki;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin's cost per check (decision 0111): {@code target/vpnfailover check-openvpn} against a Python 3 yardstick
 * doing the same exchange (tls-auth hard reset, wait, check, one line), same real openvpn server, eleven runs each,
 * alternating: wall time by our clock around the process, CPU and peak RSS by {@code /usr/bin/time -v}. Also the
 * same jar without the launcher's settings, and the floor under any Java check: {@link LeastJavaRuns}.
 */
@Tag("bench")
class CheckOpenVpnCostBenchmark {
    private static final int RUNS = 11;
    private static final String YARDSTICK = "Python 3 yardstick";

    @TempDir
    Path dir;

    record Cost(double wall, double cpu, long rssKb) {
    }

    @Test
    void pluginCostAgainstThePythonYardstick() throws Exception {
        Path launcher = Path.of("target/vpnfailover").toAbsolutePath();
        assumeTrue(Files.isExecutable(launcher), "needs target/vpnfailover: run `mvn -o package -DskipTests` first");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/time")), "needs /usr/bin/time (Debian package time)");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "needs python3");
        Path yardstick = Path.of("src/test/resources/bench/hard_reset_yardstick.py").toAbsolutePath();
        TestPki pki = TestPki.create(dir);
        Path key = pki.staticKey("ta.key");
        String jsa = Files.exists(Path.of("target/lib/check-openvpn.jsa")) ? "with" : "WITHOUT";
        try (OpenVpnServer server = OpenVpnServer.start(pki, Proto.UDP, "127.0.0.1", "--tls-auth", key.toString(), "0")) {
            String port = String.valueOf(server.port());
            List<String> ours = List.of(launcher.toString(), "check-openvpn", "127.0.0.1", "-p", port, "--tls-auth",
                    key.toString());
            List<String> plain = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    "target/vpnfailover-0.1.0.jar:target/lib/*", "io.github.vpnfailover.Main", "check-openvpn",
                    "127.0.0.1", "-p", port, "--tls-auth", key.toString());
            List<String> python = List.of("/usr/bin/python3", yardstick.toString(), "127.0.0.1", port, key.toString());
            Map<String, List<String>> commands = new LinkedHashMap<>();
            commands.put("vpnfailover check-openvpn (launcher)", ours);
            commands.put(YARDSTICK, python);
            commands.put("same jar, plain `java -cp` (no launcher settings)", plain);
            commands.putAll(LeastJavaRuns.commands(launcher, dir, List.of("127.0.0.1", port, key.toString())));
            Map<String, List<Cost>> costs = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> c : commands.entrySet()) {
                measure(c.getValue());
                costs.put(c.getKey(), new ArrayList<>());
            }
            for (int i = 0; i < RUNS; i++) {
                for (Map.Entry<String, List<String>> c : commands.entrySet()) {
                    costs.get(c.getKey()).add(measure(c.getValue()));
                }
            }
            System.out.println("check-openvpn cost per check, " + RUNS + " runs each, alternating (launcher " + jsa
                    + " its class-data archive):");
            System.out.println("| | wall s (median) | CPU s (median) | peak RSS MiB (max) | wall / yardstick |");
            System.out.println("|---|---|---|---|---|");
            double yard = median(costs.get(YARDSTICK), Cost::wall);
            costs.forEach((name, list) -> row(name, list, yard));
            List<Cost> a = costs.get("vpnfailover check-openvpn (launcher)");
            double ratio = median(a, Cost::wall) / yard;
            double rss = a.stream().mapToLong(Cost::rssKb).max().orElseThrow() / 1024.0;
            System.out.printf(Locale.ROOT, "wall ours / yardstick: %.2f (target <= 1.50: %s); peak RSS %.1f MiB"
                    + " (target < 40: %s)%n", ratio, ratio <= 1.5 ? "met" : "NOT met", rss, rss < 40 ? "met" : "NOT met");
            System.out.printf(Locale.ROOT, "1.5 x the yardstick is %.4f s; a Java row that does the check comes under"
                    + " it: %s%n", 1.5 * yard, costs.entrySet().stream().anyMatch(e -> !e.getKey().equals(YARDSTICK)
                    && !e.getKey().contains(LeastJavaRuns.START_ONLY) && median(e.getValue(), Cost::wall) <= 1.5 * yard));
        }
    }

    private static void row(String name, List<Cost> costs, double yardstick) {
        System.out.printf(Locale.ROOT, "| %s | %.4f | %.3f | %.1f | %.2f |%n", name, median(costs, Cost::wall),
                median(costs, Cost::cpu), costs.stream().mapToLong(Cost::rssKb).max().orElseThrow() / 1024.0,
                median(costs, Cost::wall) / yardstick);
    }

    private static double median(List<Cost> costs, java.util.function.ToDoubleFunction<Cost> f) {
        double[] v = costs.stream().mapToDouble(f).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** One run under /usr/bin/time -v; the check must answer OK, or the figure would time a failure. */
    private Cost measure(List<String> command) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-v"));
        cmd.addAll(command);
        Path out = Files.createTempFile(dir, "run", ".out");
        Path err = Files.createTempFile(dir, "run", ".err");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("ended: " + command).isTrue();
        // time -v gives wall time in steps of 10 ms, a third of the yardstick; our clock around the same process
        double wall = (System.nanoTime() - start) / 1e9;
        String stdout = Files.readString(out);
        String report = Files.readString(err);
        assertThat(stdout).as(command + "\n" + report).startsWith("OK: ");
        assertThat(p.exitValue()).isZero();
        double cpu = Double.parseDouble(find(report, "User time \\(seconds\\): (\\S+)"))
                + Double.parseDouble(find(report, "System time \\(seconds\\): (\\S+)"));
        long rss = Long.parseLong(find(report, "Maximum resident set size \\(kbytes\\): (\\d+)"));
        return new Cost(wall, cpu, rss);
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex + " in\n" + text).isTrue();
        return m.group(1);
    }

}
