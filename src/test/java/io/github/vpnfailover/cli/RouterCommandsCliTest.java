package io.github.vpnfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vpnfailover.router.ShellException;
import io.github.vpnfailover.router.TestRouterNamespace;
import io.github.vpnfailover.router.ssh.HostKeyException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The router commands run in-process against a namespace router (root only for the namespace parts). */
class RouterCommandsCliTest {

    private static TestRouterNamespace net;
    private final AtomicInteger opened = new AtomicInteger();
    private final ObjectMapper mapper = new ObjectMapper();

    private record Run(int exit, String out, String err) { }

    @BeforeAll
    static void buildRouter() throws Exception {
        if (TestRouterNamespace.isRoot()) {
            net = new TestRouterNamespace();
        }
    }

    @AfterAll
    static void tearDown() {
        if (net != null) {
            net.close();
        }
    }

    private static void needsNamespace() {
        Assumptions.assumeTrue(net != null, "needs root to create network namespaces");
    }

    private Run run(ShellFactory shells, String... args) {
        CommandLine cl = RootCommand.commandLine(new RouterCommands(options -> {
            opened.incrementAndGet();
            return shells.open(options);
        }));
        var out = new StringWriter();
        var err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Run run(String... args) {
        return run(options -> net.shell(), args);
    }

    @Test
    void tunnelsJsonListsStateActiveAndInvalidNames() throws Exception {
        needsNamespace();
        Run r = run("tunnels", "--local", "--json");
        assertThat(r.exit).as(r.err).isZero();
        JsonNode list = mapper.readTree(r.out);
        List<String> names = new ArrayList<>();
        list.forEach(n -> names.add(n.get("name").asText()));
        assertThat(names).contains("tunA", "tunB", "tun9", TestRouterNamespace.HOSTILE_SUBST);
        for (JsonNode n : list) {
            if (n.get("name").asText().equals(TestRouterNamespace.HOSTILE_SUBST)) {
                assertThat(n.get("invalidReason").asText()).contains("'$'");
            }
            if (n.get("name").asText().equals("tun9")) {
                assertThat(n.get("peer").asText()).isEqualTo("10.8.0.5");
                assertThat(n.get("state").asText()).isEqualTo("DOWN");
            }
        }
        Run table = run("tunnels", "--local");
        assertThat(table.out).contains("TUNNEL").contains("invalid name, never used").contains("active: ");
    }

    @Test
    void measureJsonHasExactKeysAndFigures() throws Exception {
        needsNamespace();
        Run r = run("measure", "--local", "--tunnel", "tunA", "--ping-target", "10.66.0.2", "--ping-count", "3",
                "--download-url", net.url("/download/2000000"), "--upload-url", net.url("/up"), "--max-bytes", "1000000",
                "--max-seconds", "5", "--json");
        assertThat(r.exit).as(r.out + r.err).isZero();
        JsonNode s = mapper.readTree(r.out).get(0);
        List<String> keys = new ArrayList<>();
        s.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("tunnel", "latencyMs", "latencyMinMs", "latencyMaxMs", "jitterMs",
                "lossPercent", "downloadMbps", "uploadMbps", "error", "handshakeAgeSeconds", "handshake");
        assertThat(s.get("tunnel").asText()).isEqualTo("tunA");
        assertThat(s.get("handshake").isNull()).as("not WireGuard: no handshake").isTrue();
        assertThat(s.get("latencyMs").asDouble()).isPositive();
        assertThat(s.get("downloadMbps").asDouble()).isPositive();
        assertThat(s.get("uploadMbps").asDouble()).isPositive();
        assertThat(s.get("error").isNull()).isTrue();
        assertThat(r.err).as("both URLs given, the target answered: nothing to add").doesNotContain("note:");
    }

    @Test
    void theDefaultTargetAnsweringThroughNoTunnelAndUnmeasuredBandwidthAreNamedBelowTheTable() {
        needsNamespace();
        // 1.1.1.1 goes to the exit namespace, which has no route on: nothing answers, as on a network that drops it
        Run silent = run("measure", "--local", "--tunnel", "tunA", "--ping-count", "2");
        assertThat(silent.exit).isEqualTo(ExitCodes.FAILURE);
        assertThat(silent.out).contains("failed: ping 1.1.1.1: 100% packet loss").doesNotContain("note:");
        assertThat(silent.err).contains("note: no ping target (1.1.1.1, the default) answered through any tunnel")
                .contains("give --ping-target").doesNotContain("not measured");
        Run answered = run("measure", "--local", "--tunnel", "tunA", "--ping-target", "10.66.0.2", "--ping-count", "2",
                "--download-url", net.url("/download/200000"));
        assertThat(answered.exit).as(answered.err).isZero();
        assertThat(answered.err).contains("note: upload not measured: give --upload-url").doesNotContain("no ping target");
    }

    @Test
    void measureFailureIsExitOneWithNullsAndReason() throws Exception {
        needsNamespace();
        Run r = run("measure", "--local", "--tunnel", "tunA", "--ping-target", "10.66.0.99", "--ping-count", "2", "--json");
        assertThat(r.exit).isEqualTo(ExitCodes.FAILURE);
        JsonNode s = mapper.readTree(r.out).get(0);
        assertThat(s.get("latencyMs").isNull()).isTrue();
        assertThat(s.get("downloadMbps").isNull()).isTrue();
        assertThat(s.get("error").asText()).contains("100% packet loss");
        Run table = run("measure", "--local", "--tunnel", "tunA", "--ping-target", "10.66.0.99", "--ping-count", "2");
        assertThat(table.out).contains("failed: ping 10.66.0.99: 100% packet loss");
        assertThat(table.err).contains("note: no ping target (10.66.0.99) answered through any tunnel");
    }

    @Test
    void badArgumentsAreExitTwoNamingTheArgumentAndNeverConnect() {
        Run target = run(options -> { throw new AssertionError("must not connect"); },
                "measure", "--local", "--ping-target", "1.1.1.1;reboot");
        assertThat(target.exit).isEqualTo(ExitCodes.USAGE);
        assertThat(target.err).contains("--ping-target '1.1.1.1;reboot'");
        Run tunnel = run(options -> { throw new AssertionError("must not connect"); },
                "measure", "--local", "--ping-target", "127.0.0.1", "--tunnel", "tun$(id)");
        assertThat(tunnel.exit).isEqualTo(ExitCodes.USAGE);
        assertThat(tunnel.err).contains("--tunnel 'tun$(id)'").contains("'$'");
        Run url = run(options -> { throw new AssertionError("must not connect"); },
                "measure", "--local", "--ping-target", "127.0.0.1", "--download-url", "file:///etc/passwd");
        assertThat(url.err).contains("--download-url").contains("only http");
        Run mode = run(options -> { throw new AssertionError("must not connect"); }, "switch", "--local", "tun0", "--mode", "fast");
        assertThat(mode.exit).isEqualTo(ExitCodes.USAGE);
        assertThat(mode.err).contains("--mode 'fast'");
        assertThat(opened.get()).isZero();
        Run both = run(new ConnectionOptionsFactory(), "tunnels", "--local", "--host", "example.invalid");
        assertThat(both.exit).isEqualTo(ExitCodes.USAGE);
        assertThat(both.err).contains("--local and --host");
    }

    @Test
    void connectionAndHostKeyFailuresAreExitThree() {
        Run down = run(options -> { throw new ShellException("connection refused by 127.0.0.1:1"); }, "tunnels", "--local");
        assertThat(down.exit).isEqualTo(ExitCodes.CONNECTION);
        assertThat(down.err).contains("connection refused by 127.0.0.1:1");
        Run key = run(options -> { throw new HostKeyException("host key changed"); }, "switch", "--local", "tun0");
        assertThat(key.exit).isEqualTo(ExitCodes.CONNECTION);
    }

    @Test
    void switchIsExitZeroOnlyWhenVerified() throws Exception {
        needsNamespace();
        Run ok = run("switch", "--local", "tunB", "--json");
        assertThat(ok.exit).as(ok.out + ok.err).isZero();
        JsonNode r = mapper.readTree(ok.out);
        assertThat(r.get("verified").asBoolean()).isTrue();
        assertThat(r.get("activeAfter").asText()).isEqualTo("tunB");
        Run failed = run("switch", "--local", "tun9");
        assertThat(failed.exit).isEqualTo(ExitCodes.FAILURE);
        assertThat(failed.out).contains("NOT verified: tun9").contains("refused the route change");
        Run unknown = run("switch", "--local", "tun5");
        assertThat(unknown.exit).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err).contains("tunnel 'tun5' refused: no such tunnel");
        Run back = run("switch", "--local", "tunA", "--mode", "command", "--command", "ip route replace 0.0.0.0/1 dev {iface}"
                + " && ip route replace 128.0.0.0/1 dev {iface}");
        assertThat(back.exit).as(back.out + back.err).isZero();
    }

    @Test
    void switchFlagsForIpv6AndConntrackAreCheckedAndReported() throws Exception {
        Run bad = run(options -> {
            throw new AssertionError("nothing may be opened for a bad flag");
        }, "switch", "--local", "--ipv6", "sideways\u001b[2J", "tunB");
        assertThat(bad.exit).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err).contains("--ipv6 '").contains("must be block or leave").doesNotContain("\u001b");
        needsNamespace();
        Run leave = run("switch", "--local", "--ipv6", "leave", "--no-flush-conntrack", "tunB", "--json");
        assertThat(leave.exit).as(leave.out + leave.err).isZero();
        JsonNode r = mapper.readTree(leave.out);
        assertThat(r.get("conntrack").get("status").asText()).isEqualTo("NOT_RUN");
        assertThat(r.get("conntrack").get("detail").asText()).isEqualTo("turned off (--no-flush-conntrack)");
        assertThat(r.has("ipv6")).isTrue();
        assertThat(r.has("ipv6After")).isTrue();
        assertThat(run("switch", "--local", "tunA").exit).isZero();
        // once more to the tunnel the routes are on: it said "no old tunnel to flush, or the route change was refused"
        Run again = run("switch", "--local", "tunA", "--json");
        assertThat(again.exit).as(again.out + again.err).isZero();
        assertThat(mapper.readTree(again.out).get("conntrack").get("detail").asText())
                .isEqualTo("nothing to flush: the routes were on tunA already, or on no device");
    }

    /** Uses the real ConnectionOptions.open(), to see its own flag check. */
    private static final class ConnectionOptionsFactory implements ShellFactory {
        @Override
        public io.github.vpnfailover.router.RemoteShell open(ConnectionOptions options) throws ShellException {
            return options.open();
        }
    }
}
