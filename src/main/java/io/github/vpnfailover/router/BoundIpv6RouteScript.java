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
        String ip = privilege.prefix() + "ip -6 ";
        return "vfm_F=$(cat \"/sys/class/net/$IF/tun_flags\" 2>/dev/null)\n"
                + "case \"$vfm_F\" in 0x*[!0-9a-f]*|'') vfm_F=0 ;; esac\n"
                + "if [ $((vfm_F & 2)) -eq 0 ] && ip -o -6 addr show dev \"$IF\" scope global 2>/dev/null | grep -q inet6; then\n"
                + "echo \"$M " + name + "\"\n"
                + "vfm_X=$(cat \"/sys/class/net/$IF/ifindex\" 2>/dev/null); case \"$vfm_X\" in ''|*[!0-9]*) vfm_X= ;; esac\n"
                + "if [ -z \"$vfm_X\" ]; then echo noindex; vfm_R=0\n"
                + "else vfm_T=$((" + TABLE_BASE + " + vfm_X)); echo \"table $vfm_T\"\n"
                + "  { " + ip + "route replace default dev \"$IF\" table \"$vfm_T\" && {\n"
                + "    ip -6 rule show 2>/dev/null | grep -qF \"oif $IF lookup $vfm_T\" || {\n"
                // a rule of ours left from an earlier device of this name points at a table that is gone
                + "      vfm_n=0; while [ $vfm_n -lt 8 ] && " + ip + "rule del pref " + RULE_PREF + " oif \"$IF\" 2>/dev/null;"
                + " do vfm_n=$((vfm_n + 1)); done\n"
                + "      " + ip + "rule add pref " + RULE_PREF + " oif \"$IF\" lookup \"$vfm_T\"; }; }; } 2>&1; vfm_R=$?\n"
                + "fi; echo \"$M exit $vfm_R\"\n"
                + "fi\n";
    }
}
