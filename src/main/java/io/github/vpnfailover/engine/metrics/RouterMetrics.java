package io.github.vpnfailover.engine.metrics;

import io.github.vpnfailover.engine.ConnectionState;
import io.github.vpnfailover.engine.Problem;
import io.github.vpnfailover.engine.SwitchKind;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.Unit;
import java.util.Locale;

/** The router's own series: route changes, cycles, the SSH link, the history and the problems seen (decision 0190). */
final class RouterMetrics {

    private final Counter switches;
    private final Counter unverified;
    private final Histogram cycle;
    private final Gauge link;
    private final Counter reconnects;
    private final Counter historyFailures;
    private final Gauge historyUnsaved;
    private final Gauge allDown;
    private final Counter problems;

    RouterMetrics(PrometheusRegistry registry, Labels router) {
        switches = counter(registry, router, "vpnfailover_switches_total", "Verified route changes by kind.", "kind");
        unverified = counter(registry, router, "vpnfailover_switch_failures_total", "Route changes tried but not read back pointing at the target, by kind.", "kind");
        // a cycle measures every tunnel in turn: seconds to minutes, never milliseconds
        cycle = Histogram.builder().name("vpnfailover_cycle_duration_seconds").unit(Unit.SECONDS)
                .help("Time from the first tunnel's measurement to the end of the cycle.").classicOnly()
                .classicUpperBounds(1, 2, 5, 10, 20, 30, 60, 120, 300).constLabels(router).withoutExemplars().register(registry);
        link = Gauge.builder().name("vpnfailover_ssh_link_state").help("1 for the router link's current state, 0 for the others.")
                .labelNames("state").constLabels(router).register(registry);
        reconnects = counter(registry, router, "vpnfailover_ssh_reconnect_attempts_total", "Attempts to reconnect to the router after the link dropped.");
        historyFailures = counter(registry, router, "vpnfailover_history_write_failures_total", "Times the history stopped being written (decision 0095).");
        historyUnsaved = gauge(registry, router, "vpnfailover_history_unsaved", "1 while history writes fail and wait in memory, else 0.");
        allDown = gauge(registry, router, "vpnfailover_all_tunnels_down", "1 from a cycle in which no tunnel answered until a tunnel answers again.");
        problems = counter(registry, router, "vpnfailover_errors_total", "Error events by problem (docs/events.md).", "problem");
        for (SwitchKind k : SwitchKind.values()) {
            switches.labelValues(wire(k)).inc(0);
            unverified.labelValues(wire(k)).inc(0);
        }
        for (Problem p : Problem.values()) {
            problems.labelValues(p.name()).inc(0);
        }
        linkState(ConnectionState.CONNECTING);
        historyUnsaved.set(0);
        allDown.set(0);
    }

    private static Counter counter(PrometheusRegistry registry, Labels router, String name, String help, String... labels) {
        return Counter.builder().name(name).help(help).labelNames(labels).constLabels(router).withoutExemplars().register(registry);
    }

    private static Gauge gauge(PrometheusRegistry registry, Labels router, String name, String help) {
        return Gauge.builder().name(name).help(help).constLabels(router).register(registry);
    }

    /** The label value of a switch kind: lower case, as the alert rules and dashboards name them. */
    static String wire(SwitchKind k) {
        return k.name().toLowerCase(Locale.ROOT);
    }

    void switched(SwitchKind kind, boolean verified) {
        (verified ? switches : unverified).labelValues(wire(kind)).inc();
    }

    void cycle(double seconds) {
        cycle.observe(seconds);
    }

    void linkState(ConnectionState state) {
        for (ConnectionState s : ConnectionState.values()) {
            link.labelValues(s.name()).set(s == state ? 1 : 0);
        }
        if (state == ConnectionState.RECONNECTING) {
            reconnects.inc();
        }
    }

    void problem(Problem p) {
        problems.labelValues(p.name()).inc();
        if (p == Problem.HISTORY_NOT_SAVED) {
            historyFailures.inc();
            historyUnsaved.set(1);
        } else if (p == Problem.HISTORY_SAVED_AGAIN) {
            historyUnsaved.set(0);
        }
    }

    void allDown(boolean down) {
        allDown.set(down ? 1 : 0);
    }
}
