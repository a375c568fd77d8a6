package io.github.vpnfailover.router;

/**
 * The shell pieces both bound-socket routes share (decisions 0174, 0176): reading the tun driver's flags and the
 * device's index, and installing {@code route replace default ... table T} plus one {@code oif IF lookup T} rule,
 * a stale rule of ours at the same preference deleted first. Expects {@code $IF}; sets {@code vfm_F}, {@code vfm_X}
 * and {@code vfm_R}; reads {@code vfm_T}.
 */
final class BoundRouteShell {

    /** {@code vfm_F}: the tun driver's flags in hex, 0 when unreadable (not a tun/tap device). */
    static final String TUN_FLAGS = "vfm_F=$(cat \"/sys/class/net/$IF/tun_flags\" 2>/dev/null)\n"
            + "case \"$vfm_F\" in 0x*[!0-9a-f]*|'') vfm_F=0 ;; esac\n";

    /** {@code vfm_X}: the device's index, empty when unreadable. */
    static final String IFINDEX = "vfm_X=$(cat \"/sys/class/net/$IF/ifindex\" 2>/dev/null); case \"$vfm_X\" in ''|*[!0-9]*) vfm_X= ;; esac\n";

    private BoundRouteShell() {
    }

    /**
     * The table's default route and the rule; {@code family} "" or "-6 ", {@code via} "" or the gateway words
     * ({@code via "$vfm_G" }). Ends with the exit code in {@code vfm_R}.
     */
    static String tableAndRule(String family, String via, int pref, Privilege privilege) {
        String ip = privilege.prefix() + "ip " + family;
        return "  { " + ip + "route replace default " + via + "dev \"$IF\" table \"$vfm_T\" && {\n"
                + "    ip " + family + "rule show 2>/dev/null | grep -qF \"oif $IF lookup $vfm_T\" || {\n"
                // a rule of ours left from an earlier device of this name points at a table that is gone
                + "      vfm_n=0; while [ $vfm_n -lt 8 ] && " + ip + "rule del pref " + pref + " oif \"$IF\" 2>/dev/null;"
                + " do vfm_n=$((vfm_n + 1)); done\n"
                + "      " + ip + "rule add pref " + pref + " oif \"$IF\" lookup \"$vfm_T\"; }; }; } 2>&1; vfm_R=$?\n";
    }
}
