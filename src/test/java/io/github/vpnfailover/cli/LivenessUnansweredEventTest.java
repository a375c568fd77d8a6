package io.github.vpnfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vpnfailover.core.LivenessTargetSource;
import io.github.vpnfailover.engine.EngineEvent;
import io.github.vpnfailover.ui.log.EventText;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The alarm when no liveness target answers: typed in --json-events, exact with the fix in text and in the desktop log. */
class LivenessUnansweredEventTest {

    private static final EngineEvent.LivenessUnansweredEvent EVENT = new EngineEvent.LivenessUnansweredEvent(
            Instant.parse("2026-12-02T08:00:00Z"), List.of("1.1.1.1", "8.8.8.8"), LivenessTargetSource.PUBLIC_RESOLVERS,
            List.of("10.9.0.1"), List.of("tun0", "tun1"));

    @Test
    void jsonEventsCarryEveryPartAsFields() throws Exception {
        JsonNode j = new ObjectMapper().readTree(new EventJson().line(EVENT));
        assertThat(j.get("type").asText()).isEqualTo("liveness-unanswered");
        assertThat(j.get("targets").toString()).isEqualTo("[\"1.1.1.1\",\"8.8.8.8\"]");
        assertThat(j.get("source").asText()).isEqualTo("PUBLIC_RESOLVERS");
        assertThat(j.get("pingTargets").toString()).isEqualTo("[\"10.9.0.1\"]");
        assertThat(j.get("answeringTunnels").toString()).isEqualTo("[\"tun0\",\"tun1\"]");
    }

    @Test
    void textSaysWhichTargetsWhyTheseAndTheFlagThatFixesIt() {
        assertThat(TextEvents.line(EVENT)).isEqualTo("2026-12-02T08:00:00Z error: NO LIVENESS TARGET ANSWERS THROUGH ANY TUNNEL: "
                + "1.1.1.1, 8.8.8.8 (the public resolvers, as neither --liveness-target nor --ping-target was given), while the "
                + "cycle's pings to 10.9.0.1 answer through tun0, tun1. Liveness cannot see a dead tunnel, so none is taken for "
                + "down and the cycle alone decides. Fix: --liveness-target with an address that answers through the tunnels, "
                + "e.g. --liveness-target 10.9.0.1");
        var given = new EngineEvent.LivenessUnansweredEvent(EVENT.time(), List.of("10.9.0.99"), LivenessTargetSource.GIVEN,
                List.of("10.9.0.1"), List.of("tun0"));
        assertThat(TextEvents.line(given)).contains("10.9.0.99 (given with --liveness-target)");
    }

    @Test
    void theDesktopLogNamesTheSettingInstead() {
        assertThat(new EventText(ZoneOffset.UTC).line(EVENT)).isEqualTo("2026-12-02 08:00:00  error: no liveness target answers "
                + "through any tunnel (1.1.1.1, 8.8.8.8, the public resolvers, as neither liveness nor ping targets are set), "
                + "while the cycle's pings to 10.9.0.1 answer through tun0, tun1. No tunnel is taken for down on liveness. "
                + "Fix: set this router's liveness targets to an address that answers through the tunnels (e.g. 10.9.0.1): "
                + "Edit… on the connect screen, Liveness tab, Liveness targets (run: --liveness-target)");
    }
}
