package io.github.vpnfailover.cli;

import io.github.vpnfailover.core.Ipv6Mode;
import io.github.vpnfailover.core.SwitchOptions;
import io.github.vpnfailover.core.ValueRules;
import picocli.CommandLine.Option;

/** The switch options of {@code run} and {@code switch} (decisions 0171, 0172): what IPv6 does and the conntrack flush. */
final class SwitchFlags {

    @Option(names = "--ipv6", paramLabel = "block|leave",
            description = "When the target tunnel has no IPv6: block (unreachable ::/1 and 8000::/1; the default unless "
                    + "the profile says otherwise) or leave the router's own IPv6 routes (with a warning).")
    String ipv6;

    @Option(names = "--no-flush-conntrack", description = "Keep the old tunnel's conntrack entries after a switch "
            + "(default: delete them, so LAN clients' connections reset and reconnect at once).")
    boolean noFlush;

    /** Why the flags are wrong, naming the argument, or null. */
    String problem() {
        return ipv6 != null && Ipv6Mode.parse(ipv6) == null
                ? "--ipv6 '" + ValueRules.printable(ipv6) + "': must be block or leave" : null;
    }

    SwitchOptions options() {
        return over(SwitchOptions.defaults());
    }

    /** The flags given over {@code saved} (a profile's options): a flag not given keeps the saved value. */
    SwitchOptions over(SwitchOptions saved) {
        return new SwitchOptions(ipv6 == null ? saved.ipv6() : Ipv6Mode.parse(ipv6), noFlush ? Boolean.FALSE : saved.flushConntrack());
    }
}
