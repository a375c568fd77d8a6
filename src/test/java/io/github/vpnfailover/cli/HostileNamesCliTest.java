package io.github.vpnfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.router.Router;
import io.github.vpnfailover.testing.FakeParts;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A router ({@link HostileRouterShell}) and old-manager files with control characters in interface names, route
 * devices, error texts and MIB tunnel names: no command's text output (stdout, stderr, and the log on System.err)
 * carries a control character other than its own line ends; the names appear escaped (\x1b), not dropped.
 */
class HostileNamesCliTest {

    private static final String MIB_NAMES = "{\"tun\\u001b[2J0\": [{\"latency\": 30, \"download\": 50, \"upload\": 9,"
            + " \"time\": 1700000600}], \"tun\\r\\u00071\": [{\"latency\": 60, \"download\": 20, \"upload\": 5, \"time\": 1700000610}]}";

    @TempDir
    Path dir;
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private PrintStream systemErr;

    private record Run(int exit, String out, String err) { }

    @BeforeEach
    void captureLog() {
        systemErr = System.err;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreLog() {
        System.setErr(systemErr);
    }

    @Test
    void tunnelsMeasureAndSwitchPrintHostileNamesAndErrorsEscaped() {
        Run tunnels = routerCommand("tunnels", "--local");
        // "tun\r2" ends its line for the parser (String.lines), so it is not listed at all
        assertThat(tunnels.out()).contains("tun\\x1b[2J0", "tun\\x071", "tun\\x9b3").contains("invalid name, never used");
        Run measure = routerCommand("measure", "--local", "--tunnel", HostileRouterShell.PLAIN);
        assertThat(measure.out()).contains("failed: ").contains("\\x1b[31mFile exists\\x0d\\x0a\\x07forged: line");
        routerCommand("measure", "--local", "--tunnel", HostileRouterShell.NAMES.get(1));
        Run refused = routerCommand("switch", "--local", HostileRouterShell.PLAIN);
        assertThat(refused.out() + refused.err()).contains("hostile \\x1b]0;title\\x07router");
        routerCommand("switch", "--local", HostileRouterShell.NAMES.get(0));
        assertNoControlCharacters();
    }

    @Test
    void runTextEventsEscapeTheRoutersNamesAndErrors() throws Exception {
        RunCommand cmd = new RunCommand();
        cmd.parts = FakeParts.of(shell -> new Router(new HostileRouterShell()), shell -> null);
        Path policy = Files.writeString(dir.resolve("policy.json"), "{\"depth\": 1}");
        Run run = execute(new CommandLine(cmd), "--once", "--no-liveness", "--config", policy.toString(),
                "--data-dir", dir.resolve("data").toString());
        assertThat(run.out()).contains(HostileRouterShell.PLAIN + " failed: ").contains("\\x07forged: line");
        assertNoControlCharacters();
    }

    @Test
    void scoreImportAndExportSummariesEscapeMibTunnelAndRouterNames() throws Exception {
        Path mib = Files.writeString(dir.resolve("MIB.json"), MIB_NAMES);
        Path bad = Files.writeString(dir.resolve("bad.json"), MIB_NAMES.replace("\"latency\": 30", "\"latency\": 1e400"));
        Run score = root("score", "--mib", mib.toString(), "--config", LegacyCliTest.CONFIG, "--active", "tun\u001b[2J0");
        assertThat(score.out()).contains("tun\\x1b[2J0").contains("tun\\x0d\\x071");
        root("score", "--mib", bad.toString(), "--config", LegacyCliTest.CONFIG);
        String data = dir.resolve("data").toString();
        Run imported = root("import-legacy", "--mib", mib.toString(), "--router", "r\u001b]0;x\u0007", "--data-dir", data);
        assertThat(imported.out()).contains("as router 'r\\x1b]0;x\\x07'");
        root("import-legacy", "--mib", bad.toString(), "--data-dir", data);
        Run exported = root("export-legacy", "--mib", dir.resolve("out.json").toString(), "--data-dir", data);
        assertThat(exported.out()).contains("'r\\x1b]0;x\\x07'");
        root("check-openvpn", "vpn\u001b[2J.example", "--port", "1194\u0007");
        root("tunnels", "--host", "router\u001b[2J\r\n");
        assertNoControlCharacters();
    }

    private Run routerCommand(String... args) {
        return execute(RootCommand.commandLine(new RouterCommands(options -> new HostileRouterShell())), args);
    }

    private Run root(String... args) {
        return execute(RootCommand.commandLine(), args);
    }

    private final StringBuilder all = new StringBuilder();

    private Run execute(CommandLine cl, String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        all.append(out).append(err);
        return new Run(exit, out.toString(), err.toString());
    }

    private void assertNoControlCharacters() {
        String text = all + log.toString(StandardCharsets.UTF_8);
        assertThat(text).isNotBlank();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f;
            assertThat(control).as("control character U+%04X at %d in:%n%s", (int) c, i, text).isFalse();
        }
    }
}
