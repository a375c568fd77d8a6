package io.github.vpnfailover.router;

import io.github.vpnfailover.core.SwitchOptions;
import io.github.vpnfailover.core.Ipv6Mode;
import io.github.vpnfailover.core.RouteMode;

/**
 * The one script a switch sends (decision 0170): IPv4 routes, then IPv6 routes or the IPv6 block, the read-back of
 * both tables and the conntrack flush of the old tunnel's flows, each part framed by marker lines as in the measure
 * script (decision 0011). What depends on the router's present state (the peer, whether the tunnel has IPv6, which
 * tunnel was active) is read by the script itself, so the switch needs no listing first; every value the router
 * reports is checked against a character class before it enters a command, and enters it quoted.
 */
final class SwitchScript {

    private final String marker;
    private final InterfaceName iface;
    private final RouteMode mode;
    private final String template;
    private final Privilege privilege;
    private final SwitchOptions options;
    private final boolean usesPeer;

    SwitchScript(String nonce, InterfaceName iface, RouteMode mode, String template, Privilege privilege, SwitchOptions options) {
        if (!nonce.matches("[0-9a-f]{8,32}")) {
            throw new UnsafeValueException("marker nonce", nonce, "must be 8-32 lower-case hex digits");
        }
        this.marker = "##vfm-" + nonce + "##";
        this.iface = iface;
        this.mode = mode;
        this.template = mode == RouteMode.COMMAND ? SwitchCommand.fill(template, iface, "\"$P\"", iface + " has no peer address") : null;
        this.privilege = privilege;
        this.options = options;
        this.usesPeer = template != null && io.github.vpnfailover.core.ValueRules.placeholders(template).contains("peer");
    }

    String marker() {
        return marker;
    }

    String text() {
        String ip = privilege.prefix() + "ip ";
        var sb = new StringBuilder();
        sb.append(Router.C_LOCALE).append("set -f\n");
        sb.append("M=").append(ShellQuote.quote(marker)).append("; IF=").append(iface.quoted()).append('\n');
        sb.append("command -v ip >/dev/null 2>&1 || { echo 'vfm: ip missing' >&2; exit 127; }\n");
        // the word after keyword $1 in the rest of the arguments (ip's output, split into words)
        sb.append("vfm_after() { k=$1; shift; while [ $# -gt 1 ]; do [ \"$1\" = \"$k\" ] && { echo \"$2\"; return; }; shift; done; }\n");
        sb.append("echo \"$M link\"; ip -o link show dev \"$IF\" 2>&1; R=$?; echo \"$M exit $R\"\n");
        sb.append("if [ $R -ne 0 ]; then echo \"$M end\"; exit 0; fi\n");
        sb.append("OLD=$(vfm_after dev $(ip route show 0.0.0.0/1; ip route show 128.0.0.0/1; ip route show default))\n");
        sb.append("case \"$OLD\" in *[!A-Za-z0-9_.@-]*|\"$IF\") OLD= ;; esac\n");
        sb.append("echo \"$M addr\"; ip -o addr show dev \"$IF\" 2>&1; echo \"$M exit $?\"\n");
        sb.append("P=$(vfm_after peer $(ip -o -4 addr show dev \"$IF\")); P=${P%/*}\n");
        sb.append("case \"$P\" in *[!0-9.]*) P= ;; esac\n");
        // No peer (topology subnet, tap): the gateway of the tunnel's own routes (decision 0173). Only a tap device
        // (the tun driver's IFF_TAP flag, 0x2) needs it as next hop; a tun device takes dev alone.
        sb.append("G=$(vfm_after via $(ip route show dev \"$IF\" 2>/dev/null)); case \"$G\" in *[!0-9.]*) G= ;; esac\n");
        sb.append("TAP=; F=$(cat \"/sys/class/net/$IF/tun_flags\" 2>/dev/null)\n");
        sb.append("case \"$F\" in 0x*[!0-9a-f]*) ;; 0x?*) [ $((F & 2)) -ne 0 ] && TAP=1 ;; esac\n");
        sb.append("[ -z \"$P\" ] && [ -n \"$TAP\" ] && P=$G\n");
        sb.append("echo \"$M nexthop\"; echo \"${TAP:+tap }${P:-none}\"; echo \"$M exit 0\"\n");
        sb.append("echo \"$M v4\"; { ").append(ipv4(ip)).append("; } 2>&1; R4=$?; echo \"$M exit $R4\"\n");
        sb.append(ipv6(ip));
        sb.append("echo \"$M routes\"; ip route 2>&1; echo \"$M exit $?\"\n");
        sb.append("echo \"$M routes6\"; ip -6 route 2>&1; echo \"$M exit $?\"\n");
        if (options.flushConntrack()) {
            sb.append(conntrack());
        }
        sb.append("echo \"$M end\"\n");
        return sb.toString();
    }

    private String ipv4(String ip) {
        String via = "${P:+via \"$P\"} dev \"$IF\"";
        // a tap device without a next hop would take the routes and answer nothing: refused before any change
        String noGateway = "if [ -n \"$TAP\" ] && [ -z \"$P\" ]; then echo \"$IF is a tap (Ethernet) device with no peer address"
                + " and no IPv4 route via a gateway on it (looked for 'peer' in 'ip -o -4 addr show dev $IF' and 'via' in"
                + " 'ip route show dev $IF', where OpenVPN puts its pushed route-gateway); no route was changed\"; false; else ";
        return switch (mode) {
            case DEF1 -> noGateway + ip + "route replace 0.0.0.0/1 " + via + " && " + ip + "route replace 128.0.0.0/1 " + via + "; fi";
            case DEFAULT -> noGateway + ip + "route replace default " + via + "; fi";
            // {peer} filled with "$P": the template runs only when the router reported a peer
            // a subshell: an exit in the operator's template must not end the read-back
            case COMMAND -> usesPeer
                    ? "if [ -z \"$P\" ]; then echo \"the template uses {peer} but $IF has no peer address\"; false; else ( " + template + " ); fi"
                    : "( " + template + " )";
        };
    }

    /**
     * A tunnel with a global IPv6 address gets the IPv6 halves (or default); one without gets the block when the
     * router routes IPv6 anywhere beyond its links (a default route, or halves left by an earlier switch). Only
     * after the IPv4 change worked: a refused switch changes nothing. A command template owns all routes itself.
     */
    private String ipv6(String ip) {
        if (mode == RouteMode.COMMAND) {
            return "echo \"$M v6\"; echo template; echo \"$M exit 0\"\n";
        }
        String route = mode == RouteMode.DEF1
                ? ip + "-6 route replace ::/1 dev \"$IF\" && " + ip + "-6 route replace 8000::/1 dev \"$IF\""
                : ip + "-6 route replace default dev \"$IF\"";
        String block = mode == RouteMode.DEF1
                ? ip + "-6 route replace unreachable ::/1 && " + ip + "-6 route replace unreachable 8000::/1"
                : ip + "-6 route replace unreachable default";
        String noIpv6 = options.ipv6() == Ipv6Mode.BLOCK ? "echo block; { " + block + "; } 2>&1; R6=$?" : "echo leave; R6=0";
        return "echo \"$M v6\"; R6=0\n"
                + "if [ $R4 -ne 0 ]; then echo skipped\n"
                + "else case \"$(ip -o -6 addr show dev \"$IF\" 2>/dev/null)\" in\n"
                + "  *\"scope global\"*) echo route; { " + route + "; } 2>&1; R6=$? ;;\n"
                + "  *) if [ -n \"$(ip -6 route show default 2>/dev/null)$(ip -6 route show ::/1 2>/dev/null)\" ]; then "
                + noIpv6 + "; else echo none; fi ;;\n"
                + "esac; fi; echo \"$M exit $R6\"\n";
    }

    /**
     * Flows NATed out of the old tunnel carry its address as their reply destination (decision 0172): deleting those
     * entries makes the next packet of each flow meet the far end through the new tunnel, which resets it at once.
     */
    private String conntrack() {
        String ct = privilege.prefix() + "conntrack";
        // conntrack lives in /usr/sbin, outside an ordinary login's PATH: a --sudo user would be told it is missing
        return "if [ $R4 -eq 0 ] && [ -n \"$OLD\" ]; then echo \"$M conntrack\"; echo \"old $OLD\"\n"
                + "  PATH=\"$PATH:/usr/sbin:/sbin\"; if command -v conntrack >/dev/null 2>&1; then set -- $(ip -o addr show dev \"$OLD\" 2>/dev/null)\n"
                + "    while [ $# -gt 1 ]; do case \"$1\" in inet|inet6) a=${2%/*}; f=ipv4; [ \"$1\" = inet6 ] && f=ipv6\n"
                + "      case \"$a\" in *[!0-9A-Fa-f.:]*|fe80:*) ;; *) echo \"flush $f $a\"; " + ct
                + " -D -f $f --reply-dst \"$a\" 2>&1 >/dev/null ;; esac ;; esac; shift; done\n"
                + "  else echo missing; fi; echo \"$M exit 0\"; fi\n";
    }
}
