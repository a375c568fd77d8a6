package io.github.vpnfailover.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.vpnfailover.engine.EngineEvent;
import io.github.vpnfailover.store.Json;

/** One engine event as one line of JSON with a "type" field, for {@code run --json-events} (docs/events.md). */
final class EventJson {

    private final ObjectMapper json = Json.mapper().copy().disable(SerializationFeature.INDENT_OUTPUT);

    String line(EngineEvent e) {
        ObjectNode node = json.createObjectNode();
        node.put("type", type(e));
        node.setAll((ObjectNode) json.valueToTree(e));
        if (e instanceof EngineEvent.ProgressEvent p) {
            node.put("step", p.step().wire());
        }
        return node.toString();
    }

    static String type(EngineEvent e) {
        if (e instanceof EngineEvent.SampleEvent) {
            return "sample";
        } else if (e instanceof EngineEvent.DecisionEvent) {
            return "decision";
        } else if (e instanceof EngineEvent.SwitchEvent) {
            return "switch";
        } else if (e instanceof EngineEvent.ConnectionEvent) {
            return "connection";
        } else if (e instanceof EngineEvent.ErrorEvent) {
            return "error";
        } else if (e instanceof EngineEvent.ProgressEvent) {
            return "progress";
        } else if (e instanceof EngineEvent.ConfirmEvent) {
            return "confirm";
        } else if (e instanceof EngineEvent.LivenessUnansweredEvent) {
            return "liveness-unanswered";
        } else if (e instanceof EngineEvent.WindowEvent) {
            return "window";
        } else if (e instanceof EngineEvent.ServerEvent) {
            return "server";
        }
        return "liveness";
    }
}
