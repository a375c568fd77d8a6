package io.github.vpnfailover.ui.log;

import io.github.vpnfailover.core.DecisionKind;
import io.github.vpnfailover.engine.EngineEvent;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** One log line per event worth a person's attention: decisions, switches, connection changes, errors, failed samples. */
public final class EventText {

    private final DateTimeFormatter time;

    public EventText(ZoneId zone) {
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(zone);
    }

    /** The line, or null for events the log leaves out (good samples, progress). */
    public String line(EngineEvent e) {
        String text = text(e);
        return text == null ? null : time.format(e.time()) + "  " + text;
    }

    private static String text(EngineEvent e) {
        if (e instanceof EngineEvent.DecisionEvent d) {
            String kind = d.decision().kind() == DecisionKind.STAY ? "decision"
                    : d.applied() ? d.decision().kind().name().toLowerCase(Locale.ROOT) : "recommendation";
            return kind + ": " + d.decision().reason();
        }
        if (e instanceof EngineEvent.SwitchEvent s) {
            return (s.manual() ? "manual switch " : "switch ") + (s.from() == null ? "none" : s.from()) + " → " + s.to()
                    + (s.verified() ? " (verified)" : " (NOT verified)") + ": " + s.reason();
        }
        if (e instanceof EngineEvent.ConnectionEvent c) {
            return "connection " + c.state().name().toLowerCase(Locale.ROOT) + (c.detail() == null ? "" : ": " + c.detail());
        }
        if (e instanceof EngineEvent.ErrorEvent err) {
            return "error: " + err.message();
        }
        if (e instanceof EngineEvent.SampleEvent s && !s.sample().isGood()) {
            return s.sample().tunnel() + " measurement failed: " + (s.sample().error() == null ? "no answer" : s.sample().error());
        }
        if (e instanceof EngineEvent.LivenessEvent l && l.state() != io.github.vpnfailover.core.TunnelState.UP) {
            return l.tunnel() + " is " + l.state().name().toLowerCase(Locale.ROOT);
        }
        return null;
    }
}
