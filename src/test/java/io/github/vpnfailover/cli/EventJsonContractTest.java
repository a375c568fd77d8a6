package io.github.vpnfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vpnfailover.core.Decision;
import io.github.vpnfailover.core.DecisionKind;
import io.github.vpnfailover.core.Ipv6Action;
import io.github.vpnfailover.core.LinkCondition;
import io.github.vpnfailover.core.LivenessTargetSource;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.core.ScoreBoard;
import io.github.vpnfailover.core.TunnelScore;
import io.github.vpnfailover.core.TunnelState;
import io.github.vpnfailover.engine.ConnectionState;
import io.github.vpnfailover.engine.EngineEvent;
import io.github.vpnfailover.engine.Problem;
import io.github.vpnfailover.engine.Step;
import io.github.vpnfailover.engine.SwitchKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code run --json-events} is a public contract: every event's JSON has exactly the fields docs/events.md lists,
 * the fields from before decision 0142 are unchanged, and the new typed ones are present.
 */
class EventJsonContractTest {

    static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    static List<EngineEvent> oneOfEach() {
        return List.of(
                new EngineEvent.SampleEvent(T, new Sample("tun0", T, 21.5, 20.1, 25.0, 1.2, 0.0, 48.2, 9.7, null)),
                new EngineEvent.DecisionEvent(T, new Decision(DecisionKind.FAILOVER, "tun0", "tun1", "tun0 is down: failing over to tun1"),
                        Map.of("tun1", 0.9), true),
                new EngineEvent.SwitchEvent(T, "tun0", "tun1", true, false, "tun0 is down: failing over to tun1", SwitchKind.FAILOVER,
                        "tun1", Ipv6Action.ROUTED, 3),
                new EngineEvent.ConnectionEvent(T, ConnectionState.RECONNECTING, "root@r1: connection refused", Duration.ofSeconds(10)),
                new EngineEvent.ErrorEvent(T, "ALL 2 TUNNELS ARE DOWN (...)", Problem.ALL_TUNNELS_DOWN),
                new EngineEvent.ProgressEvent(T, "tun0", Step.MEASURE, 0, 2, null),
                new EngineEvent.LivenessEvent(T, "tun0", TunnelState.DOWN, null, LinkCondition.DOWN, 100.0, "3 misses in a row"),
                new EngineEvent.ConfirmEvent(T, "tun1", true, true, "traffic flows through tun1"),
                new EngineEvent.LivenessUnansweredEvent(T, List.of("10.9.0.99"), LivenessTargetSource.GIVEN,
                        List.of("10.9.0.1"), List.of("tun0", "tun1")),
                new EngineEvent.ServerEvent(T, "tun0", "192.0.2.10", 1194, "udp", io.github.vpnfailover.probe.ProbeStatus.OK, 12.3, null),
                new EngineEvent.WindowEvent(T, "tun0", List.of("tun0", "tun1"),
                        Map.of("tun0", List.of(new Sample("tun0", T, 21.5, 20.1, 25.0, 1.2, 0.0, 48.2, 9.7, null)), "tun1", List.of()),
                        Map.of("tun0", new Sample("tun0", T, 21.5, 20.1, 25.0, 1.2, 0.0, 48.2, 9.7, null)), Set.of(), Set.of("tun1"),
                        null, new ScoreBoard(List.of(new TunnelScore("tun0", 1.0, null), new TunnelScore("tun1", null, "0 of 1 good samples")))));
    }

    /** The fields every event had before decision 0142: they must stay exactly as they are. */
    private static final Map<String, Set<String>> BEFORE = Map.of(
            "sample", Set.of("type", "time", "sample.tunnel", "sample.time", "sample.latencyMs", "sample.latencyMinMs",
                    "sample.latencyMaxMs", "sample.jitterMs", "sample.lossPercent", "sample.downloadMbps", "sample.uploadMbps",
                    "sample.error", "sample.good"),
            "decision", Set.of("type", "time", "decision.kind", "decision.active", "decision.target", "decision.reason", "scores",
                    "applied"),
            "switch", Set.of("type", "time", "from", "to", "verified", "manual", "reason"),
            "connection", Set.of("type", "time", "state", "detail", "retryIn"),
            "error", Set.of("type", "time", "message"),
            "progress", Set.of("type", "time", "tunnel", "step", "index", "total", "nextCycleIn"),
            "liveness", Set.of("type", "time", "tunnel", "state", "rttMs", "condition", "lossPercent", "reason"),
            "confirm", Set.of("type", "time", "tunnel", "confirmed", "checked", "detail"));

    private static final Pattern HEADING = Pattern.compile("^## `([a-z-]+)`$");
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Za-z0-9.]+)` \\|.*");

    private final ObjectMapper mapper = new ObjectMapper();
    private final EventJson json = new EventJson();

    @Test
    void everyEventTypeHasAnExampleHere() {
        Set<Class<?>> covered = oneOfEach().stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(covered).containsExactlyInAnyOrder(EngineEvent.class.getPermittedSubclasses());
    }

    @Test
    void theJsonHasExactlyTheFieldsDocsEventsMdLists() throws Exception {
        Map<String, Set<String>> documented = documentedFields();
        Set<String> types = new TreeSet<>();
        for (EngineEvent e : oneOfEach()) {
            JsonNode node = mapper.readTree(json.line(e));
            String type = node.get("type").asText();
            types.add(type);
            assertThat(fields(node)).as("fields of %s against docs/events.md", type).isEqualTo(documented.get(type));
        }
        assertThat(documented.keySet()).containsAll(BEFORE.keySet()).isEqualTo(types);
    }

    @Test
    void existingFieldsAreUnchangedAndTheNewOnesArePresent() throws Exception {
        Map<String, JsonNode> byType = new HashMap<>();
        for (EngineEvent e : oneOfEach()) {
            JsonNode node = mapper.readTree(json.line(e));
            byType.put(node.get("type").asText(), node);
            // a type that is new since the contract was pinned has no earlier fields to keep
            assertThat(fields(node)).containsAll(BEFORE.getOrDefault(node.get("type").asText(), Set.of()));
        }
        assertThat(byType.get("progress").get("step").asText()).isEqualTo("measure");
        assertThat(byType.get("switch").get("manual").asBoolean()).isFalse();
        assertThat(byType.get("switch").get("kind").asText()).isEqualTo("FAILOVER");
        assertThat(byType.get("switch").get("ipv6").asText()).isEqualTo("ROUTED");
        assertThat(byType.get("switch").get("flushedFlows").asInt()).isEqualTo(3);
        assertThat(byType.get("error").get("message").asText()).startsWith("ALL 2 TUNNELS ARE DOWN");
        assertThat(byType.get("error").get("problem").asText()).isEqualTo("ALL_TUNNELS_DOWN");
        assertThat(byType.get("connection").get("state").asText()).isEqualTo("RECONNECTING");
        assertThat(byType.get("connection").get("retryIn").asDouble()).isEqualTo(10.0);
        assertThat(byType.get("decision").get("decision").get("kind").asText()).isEqualTo("FAILOVER");
        assertThat(byType.get("sample").get("time").asText()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(byType.get("sample").get("sample").get("good").asBoolean()).isTrue();
    }

    @Test
    void aWireGuardSampleCarriesItsHandshakeAndAStaleOneIsNotGood() throws Exception {
        Sample wg = new Sample("wg0", T, 21.5, 20.1, 25.0, 1.2, 0.0, null, null, null).withHandshakeAge(200.0);
        JsonNode sample = mapper.readTree(json.line(new EngineEvent.SampleEvent(T, wg))).get("sample");
        assertThat(sample.get("handshakeAgeSeconds").asDouble()).isEqualTo(200.0);
        assertThat(sample.get("handshake").asText()).isEqualTo("STALE");
        assertThat(sample.get("good").asBoolean()).isFalse();
        JsonNode tun = mapper.readTree(json.line(oneOfEach().get(0))).get("sample");
        assertThat(tun.get("handshake").isNull()).isTrue();
        assertThat(tun.get("handshakeAgeSeconds").isNull()).isTrue();
    }

    @Test
    void everyProblemSwitchKindAndStepIsDocumented() throws Exception {
        String doc = Files.readString(Path.of("docs/events.md"));
        for (Problem p : Problem.values()) {
            assertThat(doc).as("docs/events.md names problem %s", p).contains("| `" + p.name() + "` |");
        }
        for (Ipv6Action a : Ipv6Action.values()) {
            assertThat(doc).as("docs/events.md names IPv6 action %s", a).contains("`" + a.name() + "`");
        }
        for (SwitchKind k : SwitchKind.values()) {
            assertThat(doc).as("docs/events.md names switch kind %s", k).contains("`" + k.name() + "`");
        }
        for (io.github.vpnfailover.core.HandshakeStatus h : io.github.vpnfailover.core.HandshakeStatus.values()) {
            assertThat(doc).as("docs/events.md names handshake status %s", h).contains("`" + h.name() + "`");
        }
        for (Step s : Step.values()) {
            assertThat(doc).as("docs/events.md names step %s", s).contains("`" + s.wire() + "`");
        }
    }

    @Test
    void aManualSwitchWithoutAKindIsManualAndAnAutomaticOneASwitch() {
        assertThat(new EngineEvent.SwitchEvent(T, "a", "b", true, true, "r", null).kind()).isEqualTo(SwitchKind.MANUAL);
        assertThat(new EngineEvent.SwitchEvent(T, "a", "b", true, false, "r", null).kind()).isEqualTo(SwitchKind.SWITCH);
    }

    /** Fields that are maps from tunnel name (or hold one list), not records with fixed fields. */
    private static final Set<String> MAPS = Set.of("scores", "windows", "latest");

    /** Field names of {@code node}, one level of nested objects as "outer.inner"; the {@link #MAPS} are kept whole. */
    private static Set<String> fields(JsonNode node) {
        Set<String> out = new TreeSet<>();
        node.fields().forEachRemaining(f -> {
            if (f.getValue().isObject() && !MAPS.contains(f.getKey())) {
                f.getValue().fieldNames().forEachRemaining(n -> out.add(f.getKey() + "." + n));
            } else {
                out.add(f.getKey());
            }
        });
        return out;
    }

    private static Map<String, Set<String>> documentedFields() throws Exception {
        Map<String, Set<String>> out = new HashMap<>();
        String current = null;
        for (String line : Files.readAllLines(Path.of("docs/events.md"))) {
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                current = h.group(1);
                out.put(current, new TreeSet<>());
                continue;
            }
            if (line.startsWith("## ")) {
                current = null;
            }
            Matcher r = ROW.matcher(line);
            if (current != null && r.matches() && !r.group(1).matches("[A-Z0-9_]+")) {
                out.get(current).add(r.group(1));
            }
        }
        return out;
    }
}
