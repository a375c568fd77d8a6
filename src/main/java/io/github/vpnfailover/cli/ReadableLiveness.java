package io.github.vpnfailover.cli;

import io.github.vpnfailover.engine.ConnectionState;
import io.github.vpnfailover.engine.EngineEvent;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Which events the readable form of {@code run} prints: all of them, except liveness reports that repeat the
 * tunnel's last printed condition. The monitor reports every tunnel about once a second; in a terminal or the
 * journal that was three lines a second for three healthy tunnels, burying the switches. {@code --json-events}
 * still gets every report. A new connection prints every tunnel's condition again.
 */
final class ReadableLiveness {
    private final Map<String, Object> lastShown = new HashMap<>();

    /** Called for every event, in order, on one thread at a time. */
    boolean shows(EngineEvent e) {
        if (e instanceof EngineEvent.ConnectionEvent c && c.state() == ConnectionState.CONNECTED) {
            lastShown.clear();
        }
        if (!(e instanceof EngineEvent.LivenessEvent l)) {
            return true;
        }
        Object shown = l.condition() != null ? l.condition() : l.state();
        return !Objects.equals(lastShown.put(l.tunnel(), shown), shown);
    }
}
