package io.github.vpnfailover.engine.hooks;

import io.github.vpnfailover.engine.AllDownEpisodes;
import io.github.vpnfailover.engine.EngineEvent;
import java.util.Optional;

/**
 * Picks the events hooks run for out of the engine's stream: every switch event (by its kind), the start of an
 * all-down episode and its end (decision 0191). It follows the active tunnel so that all-down can name it.
 */
final class HookTriggers {

    private final AllDownEpisodes allDown = new AllDownEpisodes();
    private String active;

    synchronized Optional<HookCall> of(EngineEvent e) {
        AllDownEpisodes.Change change = allDown.observe(e);
        if (e instanceof EngineEvent.DecisionEvent d) {
            active = d.decision().active();
        } else if (e instanceof EngineEvent.SwitchEvent s) {
            if (s.verified()) {
                active = s.to();
            }
            return Optional.of(new HookCall(HookKind.of(s.kind()), e, s.from(), s.to(), s.reason()));
        }
        if (change == AllDownEpisodes.Change.ALL_DOWN) {
            return Optional.of(new HookCall(HookKind.ALL_DOWN, e, active, null, ((EngineEvent.ErrorEvent) e).message()));
        }
        if (change == AllDownEpisodes.Change.RECOVERED) {
            String tunnel = ((EngineEvent.SampleEvent) e).sample().tunnel();
            return Optional.of(new HookCall(HookKind.RECOVERED, e, active, tunnel, tunnel + " answers again"));
        }
        return Optional.empty();
    }
}
