package io.github.vpnfailover.router;

/**
 * The shell text that gives sockets bound to an idle tap device a route through it (decision 0174), for the measure
 * script and the liveness stream: a table of its own with {@code default via GATEWAY dev TAP}, and a rule
 * {@code oif TAP lookup TABLE} after the main table, so only sockets bound to the tap ({@code ping -I},
 * {@code curl --interface}) use it and the main table still wins where it has a route for them. Only for a tap
 * device (the tun driver's IFF_TAP flag) without a peer; prints nothing for any other interface. Expects the marker
 * in {@code $M} and the quoted interface in {@code $IF}; every value read from the router is checked before use.
 */
final class TapRouteScript {

    /** After main (32766) and default (32767): the tap's own routes in main, if any, come first. */
    static final int RULE_PREF = 32800;
    /** The tap's table is this plus its interface index: unique while the device exists. */
    static final long TABLE_BASE = 1_740_000;

    private TapRouteScript() {
    }

    static String part(String name, Privilege privilege) {
        return BoundRouteShell.TUN_FLAGS
                + "if [ $((vfm_F & 2)) -ne 0 ] && ! ip -o -4 addr show dev \"$IF\" 2>/dev/null | grep -q ' peer '; then\n"
                + "echo \"$M " + name + "\"\n"
                + "vfm_G=; set -- $(ip route show dev \"$IF\" 2>/dev/null)\n"
                + "while [ $# -gt 1 ]; do [ \"$1\" = via ] && { vfm_G=$2; break; }; shift; done\n"
                + "case \"$vfm_G\" in *[!0-9.]*) vfm_G= ;; esac\n"
                + BoundRouteShell.IFINDEX
                + "if [ -z \"$vfm_G\" ] || [ -z \"$vfm_X\" ]; then echo nogateway; vfm_R=0\n"
                + "else vfm_T=$((" + TABLE_BASE + " + vfm_X)); echo \"table $vfm_T via $vfm_G\"\n"
                + BoundRouteShell.tableAndRule("", "via \"$vfm_G\" ", RULE_PREF, privilege)
                + "fi; echo \"$M exit $vfm_R\"\n"
                + "fi\n";
    }
}
