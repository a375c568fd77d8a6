package io.github.vpnfailover.ui.dashboard;

import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.core.Situation;
import io.github.vpnfailover.core.TunnelScore;
import io.github.vpnfailover.engine.EngineEvent.WindowEvent;
import java.util.Locale;

/**
 * The score the table shows for one tunnel of the engine's window (decision 0220): the engine's own when the decider
 * may use it, otherwise none, with the note saying why (no full window yet, down, blocked or held).
 */
record TableScore(Double score, String note) {

    static TableScore of(WindowEvent w, String tunnel) {
        TunnelScore ts = w.scores().find(tunnel).orElse(null);
        if (ts == null || !ts.scored()) {
            return new TableScore(null, ts == null ? "not measured this cycle" : "no score yet: " + ts.note());
        }
        Situation s = w.situation(w.scores());
        String value = String.format(Locale.ROOT, "%.3f over its newest good samples", ts.score());
        Sample latest = w.latest().get(tunnel);
        if (latest != null && !latest.isGood()) {
            return new TableScore(null, value + ", not used: its latest measurement failed"
                    + (latest.error() == null ? "" : " (" + latest.error() + ")"));
        }
        if (w.blocked().contains(tunnel)) {
            return new TableScore(null, value + ", not used: down or degraded by liveness, or quarantined");
        }
        if (w.held().contains(tunnel)) {
            return new TableScore(null, value + ", not used: taken out of rotation by hand");
        }
        return new TableScore(s.isEligible(tunnel) ? ts.score() : null, value);
    }
}
