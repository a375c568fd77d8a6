package io.github.vpnfailover.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.Decision;
import io.github.vpnfailover.core.DecisionKind;
import io.github.vpnfailover.core.LinkCondition;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.core.TunnelState;
import io.github.vpnfailover.engine.ConnectionState;
import io.github.vpnfailover.engine.EngineEvent;
import io.github.vpnfailover.engine.Problem;
import io.github.vpnfailover.engine.Step;
import io.github.vpnfailover.engine.SwitchKind;
import io.github.vpnfailover.testing.MetricsScrape;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The series our /metrics serves for a scripted event stream, read over HTTP as a scraper reads them. */
class MetricsFeedTest {

    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void eventsBecomeSeriesInBaseUnitsWithTheRouterLabel() throws Exception {
        try (MetricsEndpoint m = MetricsEndpoint.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "branch-12")) {
            var feed = m.feed();
            feed.accept(new EngineEvent.ConnectionEvent(T, ConnectionState.CONNECTED, "r", null));
            feed.accept(new EngineEvent.ProgressEvent(T, "tun0", Step.MEASURE, 0, 2, null));
            feed.accept(new EngineEvent.SampleEvent(T, new Sample("tun0", T, 20.0, 18.0, 25.0, 1.5, 5.0, 8.0, 4.0, null).withHandshakeAge(12.0)));
            feed.accept(new EngineEvent.SampleEvent(T, Sample.failed("tun1", T, "100 % loss")));
            feed.accept(new EngineEvent.ProgressEvent(T.plusMillis(7500), null, Step.IDLE, 0, 0, Duration.ofSeconds(60)));
            feed.accept(new EngineEvent.DecisionEvent(T, new Decision(DecisionKind.SWITCH, "tun1", "tun0", "better"), Map.of("tun0", 0.8), true));
            feed.accept(new EngineEvent.SwitchEvent(T, "tun1", "tun0", true, false, "better", SwitchKind.SWITCH));
            feed.accept(new EngineEvent.LivenessEvent(T, "tun0", TunnelState.UP, 21.0, LinkCondition.UP, 0.0, "1 of 1 targets answer"));
            feed.accept(new EngineEvent.ErrorEvent(T, "disk full", Problem.HISTORY_NOT_SAVED));
            String text = MetricsScrape.get(m.port());
            System.out.println("[metrics] " + text.lines().filter(l -> l.startsWith("vpnfailover_tunnel") && l.contains("tun0")).toList());

            assertThat(MetricsScrape.value(text, "vpnfailover_tunnel_latency_seconds", "router", "branch-12", "tunnel", "tun0")).isEqualTo(0.02);
            assertThat(MetricsScrape.value(text, "vpnfailover_tunnel_jitter_seconds", "tunnel", "tun0")).isEqualTo(0.0015);
            assertThat(MetricsScrape.value(text, "vpnfailover_tunnel_loss_ratio", "tunnel", "tun0")).isEqualTo(0.05);
            assertThat(MetricsScrape.value(text, "vpnfailover_tunnel_download_bytes_per_second", "tunnel", "tun0")).isEqualTo(1_000_000.0);
            assertThat(MetricsScrape.value(text, "vpnfailover_tunnel_upload_bytes_per_second", "tunnel", "tun0")).isEqualTo(500_000.0);
            assertThat(MetricsScrape.value(text, "vpnfailover_tunnel_score", "tunnel", "tun0")).isEqualTo(0.8);
            // a failed sample leaves no stale figure behind, and is counted
            assertThat(MetricsScrape.value(text, "vpnfailover_tunnel_latency_seconds", "tunnel", "tun1")).isNull();
            assertThat(MetricsScrape.value(text, "vpnfailover_tunnel_handshake_age_seconds", "tunnel", "tun1")).as("not WireGuard").isNull();
            assertThat(MetricsScrape.value(text, "vpnfailover_tunnel_samples_total", "tunnel", "tun1", "result", "failed")).isEqualTo(1.0);
            assertThat(MetricsScrape.value(text, "vpnfailover_tunnel_active", "tunnel", "tun0")).isEqualTo(1.0);
            assertThat(MetricsScrape.value(text, "vpnfailover_tunnel_active", "tunnel", "tun1")).isEqualTo(0.0);
            assertThat(MetricsScrape.value(text, "vpnfailover_tunnel_liveness_state", "tunnel", "tun0", "condition", "UP")).isEqualTo(1.0);
            assertThat(MetricsScrape.value(text, "vpnfailover_tunnel_liveness_state", "tunnel", "tun0", "condition", "DOWN")).isEqualTo(0.0);
            assertThat(MetricsScrape.value(text, "vpnfailover_tunnel_liveness_rtt_seconds", "tunnel", "tun0")).isEqualTo(0.021);
            assertThat(MetricsScrape.value(text, "vpnfailover_tunnel_handshake_age_seconds", "tunnel", "tun0")).isEqualTo(12.0);
            assertThat(MetricsScrape.value(text, "vpnfailover_switches_total", "kind", "switch")).isEqualTo(1.0);
            assertThat(MetricsScrape.value(text, "vpnfailover_switches_total", "kind", "rollback")).isEqualTo(0.0);
            assertThat(MetricsScrape.value(text, "vpnfailover_cycle_duration_seconds_sum")).isEqualTo(7.5);
            assertThat(MetricsScrape.value(text, "vpnfailover_cycle_duration_seconds_count")).isEqualTo(1.0);
            assertThat(MetricsScrape.value(text, "vpnfailover_ssh_link_state", "state", "CONNECTED")).isEqualTo(1.0);
            assertThat(MetricsScrape.value(text, "vpnfailover_history_write_failures_total")).isEqualTo(1.0);
            assertThat(MetricsScrape.value(text, "vpnfailover_history_unsaved")).isEqualTo(1.0);
            assertThat(text.lines().filter(l -> !l.startsWith("#") && !l.isBlank())).allMatch(l -> l.contains("router=\"branch-12\""));
        }
    }

    @Test
    void aScraperAskingForProtobufIsAnswered() throws Exception {
        try (MetricsEndpoint m = MetricsEndpoint.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "r")) {
            var r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + m.port() + "/metrics")).header("Accept",
                    "application/vnd.google.protobuf;proto=io.prometheus.client.MetricFamily;encoding=delimited;q=0.7,text/plain;version=0.0.4;q=0.3")
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            System.out.println("[metrics] protobuf asked, got " + r.headers().firstValue("Content-Type").orElse("?"));
            assertThat(r.statusCode()).isEqualTo(200);
            // without prometheus-metrics-exposition-formats on the class path this was HTTP 500
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/vnd.google.protobuf");
            assertThat(r.body()).contains("vpnfailover_switches_total");
        }
    }

    @Test
    void allTunnelsDownHoldsUntilATunnelAnswersAndReconnectsAreCounted() throws Exception {
        try (MetricsEndpoint m = MetricsEndpoint.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "r")) {
            var feed = m.feed();
            feed.accept(new EngineEvent.ErrorEvent(T, "ALL 2 TUNNELS ARE DOWN", Problem.ALL_TUNNELS_DOWN));
            feed.accept(new EngineEvent.ConnectionEvent(T, ConnectionState.RECONNECTING, "r", Duration.ofSeconds(1)));
            feed.accept(new EngineEvent.ConnectionEvent(T, ConnectionState.RECONNECTING, "r", Duration.ofSeconds(2)));
            String down = MetricsScrape.get(m.port());
            assertThat(MetricsScrape.value(down, "vpnfailover_all_tunnels_down")).isEqualTo(1.0);
            assertThat(MetricsScrape.value(down, "vpnfailover_ssh_reconnect_attempts_total")).isEqualTo(2.0);
            assertThat(MetricsScrape.value(down, "vpnfailover_ssh_link_state", "state", "RECONNECTING")).isEqualTo(1.0);
            assertThat(MetricsScrape.value(down, "vpnfailover_errors_total", "problem", "ALL_TUNNELS_DOWN")).isEqualTo(1.0);
            feed.accept(new EngineEvent.SampleEvent(T, Sample.failed("tun0", T, "100 % loss")));
            assertThat(MetricsScrape.value(MetricsScrape.get(m.port()), "vpnfailover_all_tunnels_down")).isEqualTo(1.0);
            feed.accept(new EngineEvent.SampleEvent(T, new Sample("tun1", T, 30.0, 30.0, 30.0, 0.0, 0.0, null, null, null)));
            assertThat(MetricsScrape.value(MetricsScrape.get(m.port()), "vpnfailover_all_tunnels_down")).isEqualTo(0.0);
        }
    }
}
