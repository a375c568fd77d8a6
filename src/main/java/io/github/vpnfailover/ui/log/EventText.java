package io.github.vpnfailover.ui.log;

import io.github.vpnfailover.core.DecisionKind;
import io.github.vpnfailover.core.ValueRules;
import io.github.vpnfailover.engine.EngineEvent;
import io.github.vpnfailover.engine.SwitchKind;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** One log line per event worth a person's attention: decisions, switches, connection changes, errors, failed samples. */
public final class EventText {

    private final DateTimeFormatter time;
    // Liveness reports arrive about once a second per tunnel; the log shows only the changes.
    private final Map<String, String> lastLiveness = new HashMap<>();
    // A part that keeps failing (an upload timing out every cycle) is logged once, when it starts failing.
    private final Map<String, java.util.Set<String>> failingParts = new HashMap<>();

    public EventText(ZoneId zone) {
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(zone);
    }

    /** The line, or null for events the log leaves out (good samples, progress). */
    public String line(EngineEvent e) {
        String text = e instanceof EngineEvent.LivenessEvent l ? livenessChange(l)
                : e instanceof EngineEvent.SampleEvent s && s.sample().isGood() ? partFailures(s.sample()) : text(e);
        // one event, one line: any control character in it came from the router or a file
        return text == null ? null : time.format(e.time()) + "  " + ValueRules.printable(text);
    }

    private String livenessChange(EngineEvent.LivenessEvent l) {
        String state = l.condition() != null ? l.condition().name() : l.state().name();
        String before = lastLiveness.put(l.tunnel(), state);
        if (state.equals(before) || before == null && l.state() == io.github.vpnfailover.core.TunnelState.UP) {
            return null;
        }
        return "liveness: " + l.tunnel() + " is " + state.toLowerCase(Locale.ROOT) + (l.reason() == null ? "" : " (" + l.reason() + ")");
    }

    /** A good sample whose part failed (e.g. the upload): the reason once, when that part starts failing. */
    private String partFailures(io.github.vpnfailover.core.Sample s) {
        java.util.Set<String> now = new java.util.LinkedHashSet<>();
        java.util.List<String> fresh = new java.util.ArrayList<>();
        java.util.Set<String> before = failingParts.getOrDefault(s.tunnel(), java.util.Set.of());
        if (s.error() != null) {
            for (String reason : s.error().split("; ")) {
                int colon = reason.indexOf(':');
                String part = colon > 0 ? reason.substring(0, colon) : reason;
                now.add(part);
                if (!before.contains(part)) {
                    fresh.add(reason);
                }
            }
        }
        failingParts.put(s.tunnel(), now);
        return fresh.isEmpty() ? null : s.tunnel() + " part of the measurement failed (shown as – until it works again): "
                + String.join("; ", fresh);
    }

    /** The desktop's wording of the alarm: the setting to change rather than the flag. */
    public static String unanswered(EngineEvent.LivenessUnansweredEvent u) {
        return "no liveness target answers through any tunnel (" + String.join(", ", u.targets()) + ", "
                + source(u.source()) + "), while the cycle's pings to " + String.join(", ", u.pingTargets())
                + " answer through " + String.join(", ", u.answeringTunnels()) + ". No tunnel is taken for down on liveness."
                + " Fix: set this router's liveness targets to an address that answers through the tunnels"
                + (u.pingTargets().isEmpty() ? "" : " (e.g. " + u.pingTargets().get(0) + ")")
                + ": Edit… on the connect screen, Liveness tab, Liveness targets (run: --liveness-target)";
    }

    private static String source(io.github.vpnfailover.core.LivenessTargetSource s) {
        return switch (s) {
            case GIVEN -> "the router's liveness targets";
            case PING_TARGETS -> "the ping targets, as no liveness targets are set";
            case PUBLIC_RESOLVERS -> "the public resolvers, as neither liveness nor ping targets are set";
        };
    }

    private static String text(EngineEvent e) {
        if (e instanceof EngineEvent.ConfirmEvent c) {
            String verdict = !c.checked() ? "not checked" : c.confirmed() ? "confirmed" : "FAILED";
            return "commit-confirm " + c.tunnel() + ": " + verdict + (c.detail() == null ? "" : ": " + c.detail());
        }
        if (e instanceof EngineEvent.DecisionEvent d) {
            String kind = d.decision().kind() == DecisionKind.STAY ? "decision"
                    : d.applied() ? d.decision().kind().name().toLowerCase(Locale.ROOT) : "recommendation";
            return kind + ": " + d.decision().reason();
        }
        if (e instanceof EngineEvent.SwitchEvent s) {
            return (s.kind() == SwitchKind.SWITCH ? "" : s.kind().name().toLowerCase(Locale.ROOT) + " ") + "switch " + (s.from() == null ? "none" : s.from()) + " → " + s.to()
                    + (s.verified() ? " (verified)" : " (NOT verified)") + ": " + s.reason();
        }
        if (e instanceof EngineEvent.ConnectionEvent c) {
            return "connection " + c.state().name().toLowerCase(Locale.ROOT) + (c.detail() == null ? "" : ": " + c.detail());
        }
        if (e instanceof EngineEvent.LivenessUnansweredEvent u) {
            return "error: " + unanswered(u);
        }
        if (e instanceof EngineEvent.ErrorEvent err) {
            return "error: " + err.message();
        }
        if (e instanceof EngineEvent.SampleEvent s && !s.sample().isGood()) {
            return s.sample().tunnel() + " measurement failed: " + (s.sample().error() == null ? "no answer" : s.sample().error());
        }
        return null;
    }
}
