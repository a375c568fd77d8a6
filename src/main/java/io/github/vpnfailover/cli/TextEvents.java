package io.github.vpnfailover.cli;

import static io.github.vpnfailover.core.ValueRules.printable;

import io.github.vpnfailover.engine.EngineEvent;
import io.github.vpnfailover.engine.SwitchKind;
import java.util.Locale;

/** One engine event as one readable line, for {@code run} without {@code --json-events} (docs/events.md). */
final class TextEvents {

    private TextEvents() {
    }

    static String line(EngineEvent e) {
        String body;
        if (e instanceof EngineEvent.SampleEvent s) {
            var x = s.sample();
            body = x.error() != null && !x.isGood() ? x.tunnel() + " failed: " + x.error()
                    : String.format(Locale.ROOT, "%s latency %s ms, loss %s %%, down %s, up %s Mbit/s", x.tunnel(),
                    measured(x.latencyMs()), measured(x.lossPercent()), measured(x.downloadMbps()),
                    measured(x.uploadMbps()))
                    + (io.github.vpnfailover.core.HandshakeRule.describe(x) == null ? "" : ", " + io.github.vpnfailover.core.HandshakeRule.describe(x));
        } else if (e instanceof EngineEvent.DecisionEvent d) {
            body = (d.applied() ? "" : d.decision().kind() == io.github.vpnfailover.core.DecisionKind.STAY ? "" : "recommend ")
                    + d.decision().kind().name().toLowerCase(Locale.ROOT) + ": " + d.decision().reason();
        } else if (e instanceof EngineEvent.SwitchEvent s) {
            body = (s.kind() == SwitchKind.SWITCH ? "" : s.kind().name().toLowerCase(Locale.ROOT) + " ") + "switch " + s.from() + " -> " + s.to() + ipv6(s)
                    + (s.verified() ? " (verified)" : " (NOT verified)") + ": " + s.reason();
        } else if (e instanceof EngineEvent.ConnectionEvent c) {
            body = "connection " + c.state().name().toLowerCase(Locale.ROOT) + ": " + c.detail();
        } else if (e instanceof EngineEvent.ErrorEvent x) {
            body = "error: " + x.message();
        } else if (e instanceof EngineEvent.ProgressEvent p) {
            body = p.tunnel() == null ? p.step().wire() + (p.nextCycleIn() != null ? ", next cycle in " + p.nextCycleIn().toSeconds() + " s" : "")
                    : p.step().wire() + " " + p.tunnel() + " (" + (p.index() + 1) + "/" + p.total() + ")";
        } else if (e instanceof EngineEvent.LivenessEvent l) {
            body = "liveness " + l.tunnel() + " " + (l.condition() != null ? l.condition() : l.state())
                    + (l.rttMs() != null ? String.format(Locale.ROOT, " %.1f ms", l.rttMs()) : "")
                    + (l.lossPercent() != null ? String.format(Locale.ROOT, ", loss %.0f %%", l.lossPercent()) : "")
                    + (l.reason() != null ? ": " + l.reason() : "");
        } else if (e instanceof EngineEvent.LivenessUnansweredEvent u) {
            body = unanswered(u);
        } else if (e instanceof EngineEvent.ServerEvent v) {
            body = "server " + v.host() + ":" + v.port() + "/" + v.proto() + " " + v.status()
                    + (v.rttMs() != null ? String.format(Locale.ROOT, " %.1f ms", v.rttMs()) : "") + (v.reason() != null ? ": " + v.reason() : "");
        } else if (e instanceof EngineEvent.WindowEvent w) {
            body = window(w);
        } else if (e instanceof EngineEvent.ConfirmEvent c) {
            body = (c.confirmed() ? "confirmed " : c.checked() ? "NOT confirmed " : "unchecked ") + c.tunnel() + ": " + c.detail();
        } else {
            body = e.toString();
        }
        // one event, one line: any control character in it came from the router or a file
        return e.time() + " " + printable(body);
    }

    /** "-" for a part not measured (no download URL, say), as the tables show it: it printed "null". */
    private static String measured(Double value) {
        return value == null ? "-" : value.toString();
    }

    /** Loud and exact: which targets, where they came from, which tunnels answered the cycle, and the flag that fixes it. */
    static String unanswered(EngineEvent.LivenessUnansweredEvent u) {
        String from = switch (u.source()) {
            case GIVEN -> "given with --liveness-target";
            case PING_TARGETS -> "the --ping-target addresses, as no --liveness-target was given";
            case PUBLIC_RESOLVERS -> "the public resolvers, as neither --liveness-target nor --ping-target was given";
        };
        return "error: NO LIVENESS TARGET ANSWERS THROUGH ANY TUNNEL: " + String.join(", ", u.targets()) + " (" + from
                + "), while the cycle's pings to " + String.join(", ", u.pingTargets()) + " answer through "
                + String.join(", ", u.answeringTunnels()) + ". Liveness cannot see a dead tunnel, so none is taken for down"
                + " and the cycle alone decides. Fix: --liveness-target with an address that answers through the tunnels"
                + (u.pingTargets().isEmpty() ? "" : ", e.g. --liveness-target " + u.pingTargets().get(0));
    }

    /** Only when IPv6 does not simply follow IPv4 (decision 0171): " [IPv6 blocked]", " [IPv6 via eth0]". */
    static String ipv6(EngineEvent.SwitchEvent s) {
        if (s.ipv6() == io.github.vpnfailover.core.Ipv6Action.BLOCKED) {
            return " [IPv6 blocked]";
        }
        return s.ipv6To() != null && !s.ipv6To().equals(s.to()) ? " [IPv6 via " + s.ipv6To() + "]" : "";
    }

    /** One short line: each tunnel's score (or why none), and what is blocked or held. */
    static String window(EngineEvent.WindowEvent w) {
        StringBuilder b = new StringBuilder("window: active " + w.active());
        w.scores().entries().forEach(t -> b.append(", ").append(t.tunnel()).append(' ')
                .append(t.scored() ? String.format(Locale.ROOT, "%.3f", t.score()) : "unscored (" + t.note() + ")"));
        if (!w.blocked().isEmpty()) {
            b.append("; blocked ").append(String.join(", ", w.blocked()));
        }
        if (!w.held().isEmpty()) {
            b.append("; held by the operator ").append(String.join(", ", w.held()));
        }
        return b.toString();
    }
}
