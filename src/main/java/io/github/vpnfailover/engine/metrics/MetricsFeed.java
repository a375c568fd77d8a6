package io.github.vpnfailover.engine.metrics;

import io.github.vpnfailover.core.LinkCondition;
import io.github.vpnfailover.engine.AllDownEpisodes;
import io.github.vpnfailover.engine.EngineEvent;
import io.github.vpnfailover.engine.Step;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Labels;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * An engine listener that turns the typed events into the Prometheus series of one router (decision 0190). It only
 * sets numbers in memory, so it never blocks the engine's threads; events from several threads are serialised here.
 */
public final class MetricsFeed implements Consumer<EngineEvent> {

    private final TunnelMetrics tunnels;
    private final RouterMetrics router;
    private final AllDownEpisodes allDown = new AllDownEpisodes();
    private Instant cycleStart;

    /** Registers every series in {@code registry}, each labelled {@code router="<name>"}. */
    public MetricsFeed(PrometheusRegistry registry, String routerName) {
        Labels labels = Labels.of("router", routerName);
        tunnels = new TunnelMetrics(registry, labels);
        router = new RouterMetrics(registry, labels);
    }

    @Override
    public synchronized void accept(EngineEvent e) {
        switch (allDown.observe(e)) {
            case ALL_DOWN -> router.allDown(true);
            case RECOVERED -> router.allDown(false);
            case NONE -> { }
        }
        if (e instanceof EngineEvent.SampleEvent s) {
            tunnels.sample(s.sample());
        } else if (e instanceof EngineEvent.DecisionEvent d) {
            tunnels.scores(d.scores());
            tunnels.active(d.decision().active());
        } else if (e instanceof EngineEvent.SwitchEvent s) {
            router.switched(s.kind(), s.verified());
            if (s.verified()) {
                tunnels.active(s.to());
            }
        } else if (e instanceof EngineEvent.ConnectionEvent c) {
            router.linkState(c.state());
        } else if (e instanceof EngineEvent.ErrorEvent err) {
            router.problem(err.problem());
        } else if (e instanceof EngineEvent.ProgressEvent p) {
            progress(p);
        } else if (e instanceof EngineEvent.LivenessEvent l) {
            LinkCondition c = l.condition() != null ? l.condition() : LinkCondition.valueOf(l.state().name());
            tunnels.liveness(l.tunnel(), c, l.rttMs());
        }
    }

    private void progress(EngineEvent.ProgressEvent p) {
        if (p.step() == Step.MEASURE && p.index() == 0) {
            cycleStart = p.time();
        } else if (p.step() != Step.MEASURE && cycleStart != null) {
            router.cycle(Duration.between(cycleStart, p.time()).toNanos() / 1e9);
            cycleStart = null;
        }
    }
}
