package io.github.vpnfailover.router;

import io.github.vpnfailover.core.Ipv6Action;

/**
 * The outcome of a switch. {@code verified} only when the routes of both families were read back as intended
 * (IPv4 pointing at the tunnel; IPv6 through it, or blocked); otherwise {@code detail} says exactly what was found
 * (or the router's own error). {@code ipv6After}: the tunnel IPv6 goes through after the switch (null: none, or
 * blocked); {@code ipv6} what was done with IPv6; {@code conntrack} what became of the old tunnel's flows
 * (decisions 0170-0172). The last three are null where a router does not say (fakes, older callers).
 */
public record SwitchResult(String tunnel, boolean verified, String activeAfter, String detail, String ipv6After,
                           Ipv6Action ipv6, ConntrackFlush conntrack) {

    public SwitchResult(String tunnel, boolean verified, String activeAfter, String detail) {
        this(tunnel, verified, activeAfter, detail, null, null, null);
    }
}
