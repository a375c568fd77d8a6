package io.github.vpnfailover.engine.metrics;

import io.github.vpnfailover.core.LinkCondition;
import io.github.vpnfailover.core.Sample;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Labels;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The per-tunnel series, in base units (decision 0190): seconds, bytes per second, loss as a ratio 0..1. A value
 * the newest sample lacks is removed rather than left at its last figure, so a dead tunnel never shows a stale one.
 */
final class TunnelMetrics {

    private static final double BYTES_PER_SECOND_PER_MBPS = 1_000_000.0 / 8;

    private final Gauge latency;
    private final Gauge jitter;
    private final Gauge loss;
    private final Gauge download;
    private final Gauge upload;
    private final Gauge score;
    private final Gauge active;
    private final Gauge liveness;
    private final Gauge rtt;
    private final Gauge handshakeAge;
    private final Counter samples;
    private final Set<String> known = new HashSet<>();
    private final Set<String> scored = new HashSet<>();

    TunnelMetrics(PrometheusRegistry registry, Labels router) {
        latency = gauge(registry, router, "vpnfailover_tunnel_latency_seconds", "Mean ping round trip of the newest cycle sample.");
        jitter = gauge(registry, router, "vpnfailover_tunnel_jitter_seconds", "Ping jitter (mdev) of the newest cycle sample.");
        loss = gauge(registry, router, "vpnfailover_tunnel_loss_ratio", "Ping loss of the newest cycle sample, 0 to 1.");
        download = gauge(registry, router, "vpnfailover_tunnel_download_bytes_per_second", "Download rate of the newest cycle sample.");
        upload = gauge(registry, router, "vpnfailover_tunnel_upload_bytes_per_second", "Upload rate of the newest cycle sample.");
        score = gauge(registry, router, "vpnfailover_tunnel_score", "Score of the last decision, 0 to 1 (higher is better).");
        active = gauge(registry, router, "vpnfailover_tunnel_active", "1 for the tunnel the routes point at, else 0.");
        rtt = gauge(registry, router, "vpnfailover_tunnel_liveness_rtt_seconds", "Latest round trip of the liveness ping stream.");
        handshakeAge = gauge(registry, router, "vpnfailover_tunnel_handshake_age_seconds",
                "Seconds since the WireGuard peer's latest handshake, as the newest cycle sample read it (decision 0180).");
        liveness = Gauge.builder().name("vpnfailover_tunnel_liveness_state").help("1 for the liveness monitor's condition of the tunnel, 0 for the others.")
                .labelNames("tunnel", "condition").constLabels(router).register(registry);
        samples = Counter.builder().name("vpnfailover_tunnel_samples_total").help("Cycle samples by result (good: the tunnel answered pings).")
                .labelNames("tunnel", "result").constLabels(router).withoutExemplars().register(registry);
    }

    private static Gauge gauge(PrometheusRegistry registry, Labels router, String name, String help) {
        return Gauge.builder().name(name).help(help).labelNames("tunnel").constLabels(router).register(registry);
    }

    void sample(Sample s) {
        String t = s.tunnel();
        see(t);
        put(latency, t, seconds(s.latencyMs()));
        put(jitter, t, seconds(s.jitterMs()));
        put(loss, t, s.lossPercent() == null ? null : s.lossPercent() / 100.0);
        put(download, t, s.downloadMbps() == null ? null : s.downloadMbps() * BYTES_PER_SECOND_PER_MBPS);
        put(upload, t, s.uploadMbps() == null ? null : s.uploadMbps() * BYTES_PER_SECOND_PER_MBPS);
        // no series for a tunnel that is not WireGuard, or whose peer never completed a handshake
        put(handshakeAge, t, s.handshakeAgeSeconds());
        samples.labelValues(t, s.isGood() ? "good" : "failed").inc();
    }

    /** The decision's scores: tunnels without one lose their series. */
    void scores(Map<String, Double> byTunnel) {
        for (String t : Set.copyOf(scored)) {
            if (!byTunnel.containsKey(t)) {
                score.remove(t);
                scored.remove(t);
            }
        }
        byTunnel.forEach((t, v) -> {
            see(t);
            put(score, t, v);
            scored.add(t);
        });
    }

    /** Which tunnel the routes point at (null: unknown, every tunnel 0). */
    void active(String tunnel) {
        if (tunnel != null) {
            see(tunnel);
        }
        for (String t : known) {
            active.labelValues(t).set(t.equals(tunnel) ? 1 : 0);
        }
    }

    void liveness(String tunnel, LinkCondition condition, Double rttMs) {
        see(tunnel);
        for (LinkCondition c : LinkCondition.values()) {
            liveness.labelValues(tunnel, c.name()).set(c == condition ? 1 : 0);
        }
        put(rtt, tunnel, seconds(rttMs));
    }

    private void see(String tunnel) {
        if (known.add(tunnel)) {
            active.labelValues(tunnel).set(0);
        }
    }

    private static Double seconds(Double ms) {
        return ms == null ? null : ms / 1000.0;
    }

    private static void put(Gauge g, String tunnel, Double value) {
        if (value == null || !Double.isFinite(value)) {
            g.remove(tunnel);
        } else {
            g.labelValues(tunnel).set(value);
        }
    }
}
