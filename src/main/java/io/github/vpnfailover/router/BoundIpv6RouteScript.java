package io.github.vpnfailover.router;

/**
 * The shell text that lets sockets bound to a tunnel reach IPv6 targets while IPv6 is routed elsewhere or blocked
 * (decision 0176): {@code default dev IF} in a table of the tunnel's own and a rule {@code oif IF lookup TABLE}
 * <em>before</em> main, because main's unreachable block (decision 0171) would answer first, and IPv6, unlike
 * IPv4, never guesses a bound socket's target on-link. Only sockets bound to the device match an {@code oif}
 * rule; forwarded and unbound traffic never does, so the block and the routes stay what they are. Only for a
 * tunnel with a global IPv6 address that is not a tap (Ethernet needs a gateway). Expects {@code $M} and {@code $IF}.
 */
final class BoundIpv6RouteScript {

    /** Before main (32766): a bound socket must not meet the unreachable halves there. */
    static final int RULE_PREF = 32700;
    /** The tunnel's IPv6 table is this plus its interface index. */
    static final long TABLE_BASE = 1_750_000;

    private BoundIpv6RouteScript() {
    }

    static String part(String name, Privilege privilege) {
        return BoundRouteShell.TUN_FLAGS
                + "if [ $((vfm_F & 2)) -eq 0 ] && ip -o -6 addr show dev \"$IF\" scope global 2>/dev/null | grep -q inet6; then\n"
                + "echo \"$M " + name + "\"\n"
                + BoundRouteShell.IFINDEX
                + "if [ -z \"$vfm_X\" ]; then echo noindex; vfm_R=0\n"
                + "else vfm_T=$((" + TABLE_BASE + " + vfm_X)); echo \"table $vfm_T\"\n"
                + BoundRouteShell.tableAndRule("-6 ", "", RULE_PREF, privilege)
                + "fi; echo \"$M exit $vfm_R\"\n"
                + "fi\n";
    }
}
