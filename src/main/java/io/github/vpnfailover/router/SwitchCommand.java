package io.github.vpnfailover.router;

import io.github.vpnfailover.core.RouteMode;
import io.github.vpnfailover.core.ValueRules;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds the route-changing command for one switch, from validated values only. */
public final class SwitchCommand {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)\\}");

    private SwitchCommand() {
    }

    /**
     * DEF1: both halves replaced in one invocation, the second only if the first worked; DEFAULT: the default
     * route; COMMAND: the operator's template with {iface} and {peer} filled in, quoted.
     */
    public static String build(RouteMode mode, InterfaceName iface, HostAddress peer, String template) {
        return build(mode, iface, peer, template, Privilege.DIRECT);
    }

    /**
     * As above; with {@link Privilege#SUDO} each {@code ip route replace} of DEF1 and DEFAULT runs as
     * {@code sudo -n ip route replace ...} (the exact argv a sudoers line can allow). A COMMAND template is
     * the operator's own and is not prefixed: it may use sudo itself.
     */
    public static String build(RouteMode mode, InterfaceName iface, HostAddress peer, String template, Privilege privilege) {
        String via = peer == null ? "" : "via " + peer.quoted() + " ";
        String ip = privilege.prefix() + "ip route replace ";
        return switch (mode) {
            case DEF1 -> ip + "0.0.0.0/1 " + via + "dev " + iface.quoted()
                    + " && " + ip + "128.0.0.0/1 " + via + "dev " + iface.quoted();
            case DEFAULT -> ip + "default " + via + "dev " + iface.quoted();
            case COMMAND -> fill(template, iface, peer);
        };
    }

    /** Fills a template; any placeholder other than {iface} and {peer} is refused, as is {peer} without a peer. */
    static String fill(String template, InterfaceName iface, HostAddress peer) {
        return fill(template, iface, peer == null ? null : peer.quoted(), iface + " has no peer address");
    }

    /**
     * As above with {@code peerText} put in for the peer placeholder as it is: the switch script passes {@code "$P"}, the peer
     * it read on the router and checked there (decision 0170). {@code noPeer} is the refusal when it is null.
     */
    static String fill(String template, InterfaceName iface, String peerText, String noPeer) {
        CommandToken.require("command template", template, ValueRules::commandTemplate);
        Matcher m = PLACEHOLDER.matcher(template);
        var sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value;
            if (name.equals("iface")) {
                value = iface.quoted();
            } else if (name.equals("peer")) {
                if (peerText == null) {
                    throw new UnsafeValueException("command template", template, "uses {peer} but " + noPeer);
                }
                value = peerText;
            } else {
                throw new IllegalStateException("placeholder {" + name + "} passed ValueRules");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
