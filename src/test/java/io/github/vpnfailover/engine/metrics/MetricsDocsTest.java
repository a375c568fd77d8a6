package io.github.vpnfailover.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vpnfailover.core.Decision;
import io.github.vpnfailover.core.DecisionKind;
import io.github.vpnfailover.core.LinkCondition;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.core.TunnelState;
import io.github.vpnfailover.engine.ConnectionState;
import io.github.vpnfailover.engine.EngineEvent;
import io.github.vpnfailover.engine.Step;
import io.github.vpnfailover.engine.SwitchKind;
import io.github.vpnfailover.testing.MetricsScrape;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Prometheus files in docs/ hold up: promtool accepts the scrape config and the rules and passes the rules' unit
 * test, and every series the rules, the Grafana dashboard and docs/metrics.md name is one our /metrics serves.
 */
class MetricsDocsTest {

    private static final Path DOCS = Path.of("docs");
    private static final Pattern SERIES = Pattern.compile("vpnfailover_[a-z_]+");
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");
    private static Set<String> served;

    @BeforeAll
    static void scrapeEverySeries() throws Exception {
        try (MetricsEndpoint m = MetricsEndpoint.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "r")) {
            var f = m.feed();
            f.accept(new EngineEvent.ConnectionEvent(T, ConnectionState.CONNECTED, "r", null));
            f.accept(new EngineEvent.ProgressEvent(T, "tun0", Step.MEASURE, 0, 1, null));
            f.accept(new EngineEvent.SampleEvent(T, new Sample("tun0", T, 20.0, 18.0, 25.0, 1.5, 5.0, 8.0, 4.0, null).withHandshakeAge(5.0)));
            f.accept(new EngineEvent.ProgressEvent(T.plusSeconds(3), null, Step.IDLE, 0, 0, Duration.ofSeconds(60)));
            f.accept(new EngineEvent.DecisionEvent(T, new Decision(DecisionKind.STAY, "tun0", null, "best"), Map.of("tun0", 0.8), true));
            f.accept(new EngineEvent.LivenessEvent(T, "tun0", TunnelState.UP, 21.0, LinkCondition.UP, 0.0, "up"));
            f.accept(new EngineEvent.SwitchEvent(T, "tun1", "tun0", true, false, "better", SwitchKind.SWITCH));
            served = MetricsScrape.names(MetricsScrape.get(m.port()));
        }
    }

    @Test
    void everySeriesTheAlertRulesTheDashboardAndTheDocsNameIsServed() throws Exception {
        Set<String> families = new TreeSet<>();
        served.forEach(n -> families.add(n.replaceFirst("_(bucket|sum|count)$", "")));
        Set<String> servedOrFamily = new TreeSet<>(served);
        servedOrFamily.addAll(families);
        for (String file : List.of("prometheus/vpnfailover-alerts.yml", "grafana/vpnfailover-dashboard.json", "metrics.md")) {
            Set<String> named = named(Files.readString(DOCS.resolve(file)));
            System.out.println("[metrics docs] " + file + " names " + named.size() + " series");
            assertThat(named).as(file).isNotEmpty();
            assertThat(servedOrFamily).as("served by /metrics, named in " + file).containsAll(named);
        }
        Set<String> documented = named(Files.readString(DOCS.resolve("metrics.md")));
        assertThat(documented).as("every served family is in docs/metrics.md").containsAll(families);
    }

    @Test
    void theDashboardIsGrafanaJsonWhosePanelsQueryOurSeries() throws Exception {
        JsonNode d = new ObjectMapper().readTree(DOCS.resolve("grafana/vpnfailover-dashboard.json").toFile());
        assertThat(d.get("title").asText()).isNotBlank();
        assertThat(d.get("panels")).isNotEmpty().allSatisfy(p -> assertThat(p.get("targets")).isNotEmpty()
                .allSatisfy(t -> assertThat(t.get("expr").asText()).containsPattern(SERIES)));
    }

    @Test
    void promtoolAcceptsTheConfigAndTheRulesAndTheirUnitTestPasses() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/promtool")), "promtool is missing: apt-get install prometheus");
        Path dir = DOCS.resolve("prometheus");
        assertThat(promtool(dir, "check", "config", "prometheus.yml")).contains("SUCCESS: 1 rule files found");
        assertThat(promtool(dir, "check", "rules", "vpnfailover-alerts.yml")).contains("SUCCESS: 6 rules found");
        assertThat(promtool(dir, "test", "rules", "vpnfailover-alerts.test.yml")).contains("SUCCESS");
    }

    private static String promtool(Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/promtool"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        System.out.println("[promtool " + String.join(" ", args) + "] " + out.strip().replace('\n', ' '));
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    private static Set<String> named(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = SERIES.matcher(text);
        while (m.find()) {
            names.add(m.group());
        }
        return names;
    }
}
