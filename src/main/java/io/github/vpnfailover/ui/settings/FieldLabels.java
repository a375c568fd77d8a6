package io.github.vpnfailover.ui.settings;

import io.github.vpnfailover.core.InvalidPolicyException;
import java.util.Map;

/** Turns a validator's field name ("measure.pingTargets[0]") into the form's label, so the message points at a box. */
final class FieldLabels {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("measure.tunnelPattern", "Tunnel names"),
            Map.entry("measure.pingTargets", "Ping targets"),
            Map.entry("measure.pingCount", "Pings per target"),
            Map.entry("measure.downloadUrl", "Download URL"),
            Map.entry("measure.uploadUrl", "Upload URL"),
            Map.entry("measure.maxBytes", "Byte cap"),
            Map.entry("measure.maxSeconds", "Time cap"),
            Map.entry("measure.routeMode", "Route mode"),
            Map.entry("measure.commandTemplate", "Switch command"),
            Map.entry("liveness.targets", "Liveness targets"),
            Map.entry("liveness.intervalMillis", "Liveness interval"),
            Map.entry("liveness.timeoutMillis", "Liveness timeout"),
            Map.entry("liveness.fall", "Fall"),
            Map.entry("liveness.rise", "Rise"),
            Map.entry("liveness.reliability", "Liveness targets"),
            Map.entry("liveness.quality.latency", "Latency alarm"),
            Map.entry("liveness.quality.loss", "Loss alarm"),
            Map.entry("liveness.quality", "Alarms"));

    private FieldLabels() {
    }

    static String describe(InvalidPolicyException e) {
        String field = e.field();
        String key = field.replaceAll("\\[\\d+]$", "");
        String label = LABELS.getOrDefault(key, field);
        String value = e.getMessage().substring(Math.min(e.getMessage().length(), field.length() + 3));
        return label + ": " + value;
    }
}
