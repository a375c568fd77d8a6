package io.github.vpnfailover.cli;

import static io.github.vpnfailover.core.ValueRules.printable;

import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.core.Tunnel;
import io.github.vpnfailover.router.ActiveRoutes;
import io.github.vpnfailover.router.SwitchResult;
import io.github.vpnfailover.router.WireGuardHandshake;
import java.util.List;
import java.util.Locale;

/** The human-readable tables of the router commands; every name and text from the router through printable(). */
final class Tables {

    private Tables() {
    }

    /** As below, with the active line naming IPv6 when it goes elsewhere or is blocked (decision 0171). */
    static String tunnels(List<Tunnel> tunnels, String active, java.util.Map<String, WireGuardHandshake> handshakes,
                          ActiveRoutes routes) {
        String table = tunnels(tunnels, active, handshakes);
        String last = "active: " + (active == null ? "none" : printable(active)) + System.lineSeparator();
        return table.substring(0, table.length() - last.length()) + "active: " + printable(routes.describe())
                + System.lineSeparator();
    }

    static String tunnels(List<Tunnel> tunnels, String active, java.util.Map<String, WireGuardHandshake> handshakes) {
        // columns as wide as their longest cell: a tunnel with IPv6 addresses pushed PEER out of line
        int nameWidth = 16;
        int addressWidth = 32;
        for (Tunnel t : tunnels) {
            nameWidth = Math.max(nameWidth, printable(t.name()).length());
            addressWidth = Math.max(addressWidth, addresses(t).length());
        }
        String row = "%-1s %-" + nameWidth + "s %-8s %-" + addressWidth + "s %s%n";
        var sb = new StringBuilder(String.format(Locale.ROOT, row, "", "TUNNEL", "STATE", "ADDRESSES", "PEER"));
        for (Tunnel t : tunnels) {
            sb.append(String.format(Locale.ROOT, row, t.name().equals(active) ? "*" : "",
                    printable(t.name()), t.state(), addresses(t),
                    t.peer() != null ? printable(t.peer()) : t.gateway() != null ? "- (gw " + printable(t.gateway()) + ")" : "-"));
            WireGuardHandshake h = handshakes.get(t.name());
            if (h != null) {
                sb.append("    WireGuard, ").append(h.problem() != null ? "handshake not read: " + printable(h.problem())
                        : h.never() ? "no handshake yet" : String.format(Locale.ROOT, "latest handshake %.0f s ago", h.ageSeconds()))
                        .append(System.lineSeparator());
            }
            if (!t.isUsable()) {
                sb.append("    invalid name, never used: ").append(printable(t.invalidReason())).append(System.lineSeparator());
            }
        }
        if (tunnels.isEmpty()) {
            sb.append("(no tunnels)").append(System.lineSeparator());
        }
        sb.append("active: ").append(active == null ? "none" : printable(active)).append(System.lineSeparator());
        return sb.toString();
    }

    private static String addresses(Tunnel t) {
        return printable(String.join(",", t.addresses()));
    }

    static String samples(List<Sample> samples) {
        String row = "%-16s %9s %9s %9s %9s %7s %10s %10s%n";
        var sb = new StringBuilder(String.format(Locale.ROOT, row, "TUNNEL", "LAT ms", "MIN ms", "MAX ms", "JIT ms",
                "LOSS %", "DOWN Mb/s", "UP Mb/s"));
        for (Sample s : samples) {
            sb.append(String.format(Locale.ROOT, row, printable(s.tunnel()), num(s.latencyMs()), num(s.latencyMinMs()),
                    num(s.latencyMaxMs()), num(s.jitterMs()), num(s.lossPercent()), num(s.downloadMbps()), num(s.uploadMbps())));
            // a handshake that marks the tunnel down is already in the error below
            String handshake = io.github.vpnfailover.core.HandshakeRule.describe(s);
            if (handshake != null && !s.handshake().down()) {
                sb.append("    ").append(printable(handshake)).append(System.lineSeparator());
            }
            if (s.error() != null) {
                sb.append("    failed: ").append(printable(s.error())).append(System.lineSeparator());
            }
        }
        return sb.toString();
    }

    static String switchResult(SwitchResult r) {
        return (r.verified() ? "switched to " : "NOT verified: ") + printable(r.tunnel()) + System.lineSeparator()
                + "active now: " + (r.activeAfter() == null ? "none" : printable(r.activeAfter())) + System.lineSeparator()
                + printable(r.detail()) + System.lineSeparator()
                + (r.conntrack() == null ? "" : printable("conntrack: " + r.conntrack().status().name().toLowerCase(Locale.ROOT)
                        + (r.conntrack().oldTunnel() == null ? "" : " (" + r.conntrack().oldTunnel() + ")") + ": "
                        + r.conntrack().detail()) + System.lineSeparator());
    }

    private static String num(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.2f", v);
    }
}
