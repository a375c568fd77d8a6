package io.github.vpnfailover.ui.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.LinkCondition;
import io.github.vpnfailover.core.TunnelState;
import io.github.vpnfailover.engine.EngineEvent;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class EventTextTest {

    private static final Instant T = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void logsLivenessOnlyWhenATunnelsStateChanges() {
        EventText text = new EventText(ZoneOffset.UTC);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            lines.add(text.line(live("tun0", TunnelState.UP, LinkCondition.UP, null)));
        }
        for (int i = 0; i < 5; i++) {
            lines.add(text.line(live("tun0", TunnelState.DOWN, LinkCondition.DOWN, "3 misses on 2 targets")));
        }
        lines.add(text.line(live("tun0", TunnelState.UP, LinkCondition.UP, null)));

        assertThat(lines.stream().filter(Objects::nonNull))
                .containsExactly("2026-12-02 10:00:00  liveness: tun0 is down (3 misses on 2 targets)",
                        "2026-12-02 10:00:00  liveness: tun0 is up");
    }

    @Test
    void showsCommitConfirmVerdicts() {
        EventText text = new EventText(ZoneOffset.UTC);
        assertThat(text.line(new EngineEvent.ConfirmEvent(T, "tun1", false, true, "no answer through the default route in 3 s")))
                .endsWith("commit-confirm tun1: FAILED: no answer through the default route in 3 s");
        assertThat(text.line(new EngineEvent.ConfirmEvent(T, "tun1", true, true, null))).endsWith("commit-confirm tun1: confirmed");
    }

    private static EngineEvent.LivenessEvent live(String tunnel, TunnelState state, LinkCondition condition, String reason) {
        return new EngineEvent.LivenessEvent(T, tunnel, state, 20.0, condition, 0.0, reason);
    }
}
