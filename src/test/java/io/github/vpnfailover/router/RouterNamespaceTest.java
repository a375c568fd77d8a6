package io.github.vpnfailover.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.RouteMode;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.core.Tunnel;
import io.github.vpnfailover.core.TunnelState;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Router against real interfaces in namespaces this test makes (root only). */
class RouterNamespaceTest {

    private static TestRouterNamespace net;
    private static Router router;

    @BeforeAll
    static void buildRouter() throws Exception {
        Assumptions.assumeTrue(TestRouterNamespace.isRoot(), "needs root to create network namespaces");
        net = new TestRouterNamespace();
        router = new Router(net.shell());
    }

    @AfterAll
    static void tearDown() {
        if (net != null) {
            net.close();
        }
    }

    private static MeasureSettings settings(String target, String download, String upload, RouteMode mode, String template) {
        return new MeasureSettings(MeasureSettings.DEFAULT_TUNNEL_PATTERN, List.of(target), 3, 0.2, download, upload,
                500_000, 5, mode, template);
    }

    private static MeasureSettings plain() {
        return settings("10.66.0.2", null, null, RouteMode.DEF1, null);
    }

    @Test
    void listsTunnelsWithStatePeerAndHostileNamesAsInvalid() throws Exception {
        Map<String, Tunnel> t = router.listTunnels(plain()).stream()
                .collect(Collectors.toMap(Tunnel::name, Function.identity()));
        assertThat(t).containsOnlyKeys("tunA", "tunB", "tun9", TestRouterNamespace.HOSTILE_TOUCH, TestRouterNamespace.HOSTILE_SUBST);
        assertThat(t.get("tunA").state()).isEqualTo(TunnelState.UP);
        assertThat(t.get("tunA").addresses()).contains("10.66.0.1/24");
        assertThat(t.get("tun9").state()).isEqualTo(TunnelState.DOWN);
        assertThat(t.get("tun9").peer()).isEqualTo("10.8.0.5");
        assertThat(t.get(TestRouterNamespace.HOSTILE_TOUCH).isUsable()).isFalse();
        assertThat(t.get(TestRouterNamespace.HOSTILE_SUBST).invalidReason()).contains("'$'");
    }

    @Test
    void hostileNamesAreNeverExecuted() throws Exception {
        for (String hostile : List.of(TestRouterNamespace.HOSTILE_TOUCH, TestRouterNamespace.HOSTILE_SUBST)) {
            assertThatThrownBy(() -> router.measure(hostile, plain())).isInstanceOf(UnsafeValueException.class);
            assertThatThrownBy(() -> router.switchTo(hostile, plain())).isInstanceOf(UnsafeValueException.class);
        }
        router.listTunnels(plain());
        assertThat(Files.exists(net.workDir.resolve("m"))).as("marker file from the hostile name").isFalse();
    }

    @Test
    void measuresLatencyDownloadAndUploadInOneInvocation() throws Exception {
        var counting = new CountingShell(net.shell());
        TunnelMeasurement m = new Router(counting).measureTimed("tunA",
                settings("10.66.0.2", net.url("/download/5000000"), net.url("/up"), RouteMode.DEF1, null));
        Sample s = m.sample();
        assertThat(counting.runs).isEqualTo(1);
        assertThat(s.error()).isNull();
        assertThat(s.lossPercent()).isEqualTo(0.0);
        assertThat(s.latencyMs()).isPositive().isLessThan(50.0);
        assertThat(s.latencyMinMs()).isLessThanOrEqualTo(s.latencyMs());
        assertThat(s.latencyMaxMs()).isGreaterThanOrEqualTo(s.latencyMs());
        assertThat(s.jitterMs()).isNotNull();
        assertThat(s.downloadMbps()).isPositive();
        assertThat(s.uploadMbps()).isPositive();
        assertThat(m.commandSeconds()).isPositive().isLessThanOrEqualTo(m.wallSeconds());
    }

    @Test
    void failedPartsAreRecordedReasonsNotZeros() throws Exception {
        Sample s = router.measure("tunA", settings("10.66.0.99", "http://10.66.0.2:1/x", null, RouteMode.DEF1, null));
        assertThat(s.latencyMs()).isNull();
        assertThat(s.lossPercent()).isEqualTo(100.0);
        assertThat(s.downloadMbps()).isNull();
        assertThat(s.error()).contains("ping 10.66.0.99: 100% packet loss").contains("download: curl exit 7");
        Sample missing = router.measure("tunA", settings("10.66.0.2", net.url("/missing"), null, RouteMode.DEF1, null));
        assertThat(missing.error()).isEqualTo("download: HTTP 404");
        assertThat(missing.latencyMs()).isNotNull();
    }

    @Test
    void switchesDef1AndDefaultAndVerifiesByReadingRoutesBack() throws Exception {
        SwitchResult def1 = router.switchTo("tunB", plain());
        assertThat(def1.verified()).as(def1.detail()).isTrue();
        assertThat(router.active()).contains("tunB");
        SwitchResult back = router.switchTo("tunA", plain());
        assertThat(back.verified()).as(back.detail()).isTrue();
        assertThat(router.active()).contains("tunA");
        TestRouterNamespace.sh("ip -n " + net.router + " route del 0.0.0.0/1; ip -n " + net.router + " route del 128.0.0.0/1");
        SwitchResult dflt = router.switchTo("tunB", settings("10.66.0.2", null, null, RouteMode.DEFAULT, null));
        assertThat(dflt.verified()).as(dflt.detail()).isTrue();
        assertThat(router.active()).contains("tunB");
        SwitchResult cmd = router.switchTo("tunA", settings("10.66.0.2", null, null, RouteMode.COMMAND,
                "ip route replace default dev {iface}"));
        assertThat(cmd.verified()).as(cmd.detail()).isTrue();
    }

    @Test
    void failedSwitchReportsRoutersErrorAndKeepsRoutes() throws Exception {
        var before = router.active();
        SwitchResult r = router.switchTo("tun9", plain());
        assertThat(r.verified()).isFalse();
        assertThat(r.detail()).contains("the router refused the route change").contains("routes now:");
        assertThat(router.active()).isEqualTo(before);
    }

    @Test
    void unverifiedSwitchSaysWhatItFound() throws Exception {
        SwitchResult r = router.switchTo("tunB", settings("10.66.0.2", null, null, RouteMode.COMMAND, "true {iface}"));
        assertThat(r.verified()).isFalse();
        assertThat(r.detail()).startsWith("routes do not point at tunB: ").contains("dev tunA");
    }

    @Test
    void missingToolsAreNamedWithWhereAndHowToInstall() throws Exception {
        java.nio.file.Path bin = Files.createDirectories(net.workDir.resolve("bin"));
        for (String tool : List.of("sh", "ip", "head")) {
            String real = TestRouterNamespace.sh("command -v " + tool).trim();
            Files.createSymbolicLink(bin.resolve(tool), java.nio.file.Path.of(real));
        }
        var shell = new NamespaceShell(net.router, net.workDir.toFile(), bin.toString());
        Sample s = new Router(shell).measure("tunA", settings("10.66.0.2", net.url("/download/1000"), null, RouteMode.DEF1, null));
        assertThat(s.error()).contains("ping not found on namespace " + net.router + ": install it with 'apt install iputils-ping'")
                .contains("curl not found on namespace " + net.router + ": install it with 'apt install curl'");
        assertThat(s.latencyMs()).isNull();
        Files.delete(bin.resolve("ip"));
        assertThatThrownBy(() -> new Router(shell).listTunnels(plain())).isInstanceOf(MissingToolException.class)
                .hasMessageContaining("ip not found on namespace " + net.router).hasMessageContaining("iproute2");
    }

    /** Counts remote invocations to prove one per tunnel. */
    private static final class CountingShell extends LocalShell {
        private final NamespaceShell inner;
        int runs;

        CountingShell(NamespaceShell inner) {
            this.inner = inner;
        }

        @Override
        public CommandResult run(String command, java.time.Duration timeout) throws ShellException {
            runs++;
            return inner.run(command, timeout);
        }

        @Override
        public String describe() {
            return inner.describe();
        }
    }
}
