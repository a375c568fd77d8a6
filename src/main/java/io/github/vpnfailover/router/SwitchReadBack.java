package io.github.vpnfailover.router;

import io.github.vpnfailover.core.Ipv6Action;
import io.github.vpnfailover.core.RouteMode;

/**
 * Reads the one output of a {@link SwitchScript} (decision 0170) into a {@link SwitchResult}: whether the router took
 * the IPv4 and IPv6 changes, both route tables as read back, and the conntrack flush. Verified only when both
 * families are as intended; a missing tunnel is refused as before the switch existed in one command.
 */
final class SwitchReadBack {

    private final String router;

    SwitchReadBack(String router) {
        this.router = router;
    }

    /** {@code flushAsked}: whether the script was to flush the old tunnel's flows (off with --no-flush-conntrack). */
    SwitchResult read(String tunnel, RouteMode mode, ScriptOutput out, boolean flushAsked) {
        ScriptOutput.Part link = out.part("link");
        if (link == null) {
            throw new UnsafeValueException("tunnel", tunnel, "the switch script on " + router + " printed nothing readable");
        }
        if (!Integer.valueOf(0).equals(link.exitCode())) {
            throw new UnsafeValueException("tunnel", tunnel, "no such tunnel on " + router + " (matching the tunnel pattern)");
        }
        ScriptOutput.Part hopPart = out.part("nexthop");
        String peer = hopPart == null ? peer(out.part("addr")) : nextHop(hopPart);
        RouteTable v4 = table(out.part("routes"));
        RouteTable v6 = table(out.part("routes6"));
        String activeAfter = v4.activeDevice().orElse(null);
        ScriptOutput.Part v4Part = out.part("v4");
        Ipv6Action ipv6 = ipv6Action(out.part("v6"));
        boolean routesTaken = v4Part != null && Integer.valueOf(0).equals(v4Part.exitCode());
        ScriptOutput.Part conntrack = out.part("conntrack");
        ConntrackFlush flush = conntrack != null ? ConntrackOutput.read(conntrack)
                : ConntrackOutput.missing(tunnel, flushAsked, routesTaken);
        String ipv6After = v6.ipv6Device().orElse(null);
        if (!routesTaken) {
            String err = v4Part == null ? "the script stopped" : v4Part.text().strip();
            return new SwitchResult(tunnel, false, activeAfter, "the router refused the route change (exit "
                    + (v4Part == null ? "?" : v4Part.exitCode()) + "): " + err + "; routes now: " + v4.describeDefaultRoutes(),
                    ipv6After, ipv6, flush);
        }
        boolean ok4 = switch (mode) {
            case DEF1 -> pointsAt(v4, "0.0.0.0/1", tunnel, peer) && pointsAt(v4, "128.0.0.0/1", tunnel, peer);
            case DEFAULT -> v4.defaultRoute().map(d -> tunnel.equals(d.dev())).orElse(false) && tunnel.equals(activeAfter);
            case COMMAND -> tunnel.equals(activeAfter);
        };
        ScriptOutput.Part v6Part = out.part("v6");
        boolean took6 = v6Part != null && Integer.valueOf(0).equals(v6Part.exitCode());
        boolean ok6 = took6 && switch (ipv6) {
            case ROUTED -> mode == RouteMode.DEF1
                    ? pointsAt(v6, "::/1", tunnel, null) && pointsAt(v6, "8000::/1", tunnel, null)
                    : tunnel.equals(ipv6After);
            case BLOCKED -> v6.ipv6Blocked();
            case LEFT, NONE, UNCHANGED -> true;
        };
        String detail = (ok4 ? "routes point at " + tunnel : "routes do not point at " + tunnel) + ": " + v4.describeDefaultRoutes()
                + ipv6Detail(ipv6, ok6, took6, v6Part, v6);
        return new SwitchResult(tunnel, ok4 && ok6, activeAfter, detail, ipv6After, ipv6, flush);
    }

    private static String ipv6Detail(Ipv6Action ipv6, boolean ok6, boolean took6, ScriptOutput.Part part, RouteTable v6) {
        if (!took6) {
            return "; the router refused the IPv6 change (exit " + (part == null ? "?" : part.exitCode()) + "): "
                    + (part == null ? "the script stopped" : part.text().strip().replace('\n', ' '))
                    + "; IPv6 routes now: " + v6.describeIpv6Routes();
        }
        return switch (ipv6) {
            case ROUTED -> ok6 ? "; IPv6: " + v6.describeIpv6Routes() : "; IPv6 routes do not point at the tunnel: " + v6.describeIpv6Routes();
            case BLOCKED -> ok6 ? "; IPv6 blocked (the tunnel has none): " + v6.describeIpv6Routes()
                    : "; IPv6 block not in place: " + v6.describeIpv6Routes();
            case LEFT -> "; IPv6 left as it is (the tunnel has none; ipv6 leave): " + v6.describeIpv6Routes();
            case NONE, UNCHANGED -> "";
        };
    }

    /** The first word the script printed in its v6 part: what it decided on the router. */
    private static Ipv6Action ipv6Action(ScriptOutput.Part part) {
        String word = part == null ? "" : part.text().strip().split("\\s+", 2)[0];
        return switch (word) {
            case "route" -> Ipv6Action.ROUTED;
            case "block" -> Ipv6Action.BLOCKED;
            case "leave" -> Ipv6Action.LEFT;
            case "none" -> Ipv6Action.NONE;
            default -> Ipv6Action.UNCHANGED;
        };
    }

    /** The next hop the script chose: the peer, or for a tap device the gateway of its routes (decision 0173); null: none. */
    private static String nextHop(ScriptOutput.Part part) {
        String[] words = part.text().strip().split("\\s+");
        String hop = words[words.length - 1];
        return hop.matches("[0-9.]+") && HostAddress.problem(hop) == null ? hop : null;
    }

    /** The IPv4 peer as the script read it: the first {@code inet ... peer} address of the tunnel. */
    private static String peer(ScriptOutput.Part addr) {
        if (addr == null) {
            return null;
        }
        return new AddressParser().parse(addr.text()).stream().map(Parsed::valueOrNull)
                .filter(a -> a != null && "inet".equals(a.family()) && a.peer() != null && HostAddress.problem(a.peer()) == null)
                .map(AddressInfo::peer).findFirst().orElse(null);
    }

    private static RouteTable table(ScriptOutput.Part part) {
        return RouteTable.parse(part == null ? "" : part.text());
    }

    private static boolean pointsAt(RouteTable table, String destination, String tunnel, String peer) {
        return table.route(destination)
                .filter(r -> r.isUnicast() && tunnel.equals(r.dev()) && (peer == null || peer.equals(r.via())))
                .isPresent();
    }
}
