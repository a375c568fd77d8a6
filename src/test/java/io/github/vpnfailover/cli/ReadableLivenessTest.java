package io.github.vpnfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.LinkCondition;
import io.github.vpnfailover.core.TunnelState;
import io.github.vpnfailover.engine.ConnectionState;
import io.github.vpnfailover.engine.EngineEvent;
import io.github.vpnfailover.engine.Problem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The readable form prints a tunnel's liveness when its condition changes, and everything else always. */
class ReadableLivenessTest {
    private static final Instant T = Instant.parse("2026-12-04T08:00:00Z");

    @Test
    void repeatsAreDroppedChangesAndOtherEventsKept() {
        ReadableLiveness readable = new ReadableLiveness();
        List<EngineEvent> events = List.of(
                live("tun0", LinkCondition.UNKNOWN), live("tun1", LinkCondition.UNKNOWN),
                live("tun0", LinkCondition.UP), live("tun0", LinkCondition.UP), live("tun1", LinkCondition.UP),
                new EngineEvent.ErrorEvent(T, "x", Problem.ROUTER_UNREACHABLE), live("tun0", LinkCondition.UP), live("tun0", LinkCondition.DEGRADED),
                live("tun0", LinkCondition.DEGRADED), live("tun0", LinkCondition.DOWN), live("tun1", LinkCondition.UP),
                new EngineEvent.ConnectionEvent(T, ConnectionState.CONNECTED, "again", null),
                live("tun1", LinkCondition.UP), live("tun1", LinkCondition.UP),
                new EngineEvent.LivenessEvent(T, "tun2", TunnelState.UP, 3.0),
                new EngineEvent.LivenessEvent(T, "tun2", TunnelState.UP, 4.0));
        List<String> shown = new ArrayList<>();
        for (EngineEvent e : events) {
            if (readable.shows(e)) {
                shown.add(e instanceof EngineEvent.LivenessEvent l ? l.tunnel() + " " + (l.condition() != null
                        ? l.condition() : l.state()) : e.getClass().getSimpleName());
            }
        }
        assertThat(shown).containsExactly("tun0 UNKNOWN", "tun1 UNKNOWN", "tun0 UP", "tun1 UP", "ErrorEvent",
                "tun0 DEGRADED", "tun0 DOWN", "ConnectionEvent", "tun1 UP", "tun2 UP");
    }

    private static EngineEvent live(String tunnel, LinkCondition condition) {
        return new EngineEvent.LivenessEvent(T, tunnel, condition.tunnelState(), 10.0, condition, 0.0, "r");
    }
}
