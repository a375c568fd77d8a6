package io.github.vpnfailover.ui.policy;

import io.github.vpnfailover.core.Decider;
import io.github.vpnfailover.core.Decision;
import io.github.vpnfailover.core.HoldDown;
import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.core.ScoreBoard;
import io.github.vpnfailover.core.Scorer;
import io.github.vpnfailover.core.Situation;
import io.github.vpnfailover.engine.EngineEvent.WindowEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-scores the engine's own window under a draft policy with the core {@link Scorer} and {@link Decider}, so the
 * panel predicts what the engine would decide and never from a copy of its own (decision 0220).
 */
final class WindowPrediction {

    private final Scorer scorer = new Scorer();

    /**
     * The decision for {@code w} with {@code active} and the hold-down started at {@code holdDownSince} (both as the
     * panel last heard them; a switch after the window changes them), at the window's time.
     */
    Decision predict(WindowEvent w, String active, Instant holdDownSince, Policy p) {
        Map<String, List<Sample>> windows = new LinkedHashMap<>();
        for (String t : w.tunnels()) {
            windows.put(t, w.windows().getOrDefault(t, List.of()));
        }
        ScoreBoard scores = scorer.score(windows, p);
        Situation s = new Situation(active, w.tunnels(), scores, w.latest(), w.blocked(), w.held());
        Instant at = holdDownSince != null && holdDownSince.isAfter(w.time()) ? holdDownSince : w.time();
        return new Decider(new HoldDown(Clock.fixed(at, ZoneOffset.UTC), holdDownSince)).decide(s, p);
    }
}
