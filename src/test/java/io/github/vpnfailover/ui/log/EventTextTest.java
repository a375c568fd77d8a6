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

    @Test
    void hostileNamesAndErrorTextsReachTheLogEscaped() {
        EventText text = new EventText(ZoneOffset.UTC);
        String name = "tun\u001b[2J0\r\n\u0007";
        List<String> lines = List.of(
                text.line(new EngineEvent.SampleEvent(T, io.github.vpnfailover.core.Sample.failed(name, T,
                        "RTNETLINK answers: \u001b[31mFile exists\u009b"))),
                text.line(new EngineEvent.SwitchEvent(T, name, "tun\u00071", false, false, "routes: dev " + name,
                        io.github.vpnfailover.engine.SwitchKind.SWITCH)),
                text.line(new EngineEvent.ErrorEvent(T, "cannot reach " + name, io.github.vpnfailover.engine.Problem.ROUTER_UNREACHABLE)),
                text.line(live(name, TunnelState.DOWN, LinkCondition.DOWN, "no answer\rforged")));

        for (String line : lines) {
            assertThat(line.chars().filter(c -> c < 0x20 || c >= 0x7f && c <= 0x9f)).as(line).isEmpty();
        }
        assertThat(lines.get(0)).contains("tun\\x1b[2J0\\x0d\\x0a\\x07 measurement failed").endsWith("File exists\\x9b");
        assertThat(lines.get(3)).endsWith("(no answer\\x0dforged)");
    }

    private static EngineEvent.LivenessEvent live(String tunnel, TunnelState state, LinkCondition condition, String reason) {
        return new EngineEvent.LivenessEvent(T, tunnel, state, 20.0, condition, 0.0, reason);
    }
}
