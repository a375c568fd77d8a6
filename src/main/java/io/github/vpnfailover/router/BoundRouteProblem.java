package io.github.vpnfailover.router;

import io.github.vpnfailover.core.Sample;

/**
 * What the measure script's bound-socket route parts add to a sample: the tap route ("taproute", decision 0174) and
 * the IPv6 route ("v6route", decision 0176). Nothing when the route was set, the part did not run, or the tunnel
 * answered (it then went through main, so a refusal does not matter yet); otherwise the router's refusal, or a tap
 * with no gateway to route through. Never a verdict of its own: the pings decide.
 */
final class BoundRouteProblem {

    private BoundRouteProblem() {
    }

    static Sample tap(Sample sample, ScriptOutput.Part part, String where) {
        if (part == null || sample.isGood()) {
            return sample;
        }
        if (refused(part)) {
            return sample.withProblem("the route for sockets bound to the tap " + sample.tunnel() + " could not be set on "
                    + where + " (" + said(part) + "), so it cannot be measured while another tunnel carries the traffic:"
                    + " log in as root, or add the tap lines of docs/least-privilege.md");
        }
        if (part.text().strip().equals("nogateway")) {
            return sample.withProblem(sample.tunnel() + " is a tap (Ethernet) device with no peer address and no IPv4 route"
                    + " via a gateway on it, so sockets bound to it have no next hop (see decision 0173)");
        }
        return sample;
    }

    static Sample ipv6(Sample sample, ScriptOutput.Part part, String where) {
        if (part == null || sample.isGood() || !refused(part)) {
            return sample;
        }
        return sample.withProblem("the IPv6 route for sockets bound to " + sample.tunnel() + " could not be set on " + where
                + " (" + said(part) + "), so IPv6 targets are not reached through it while IPv6 goes elsewhere: log in as root,"
                + " or add the IPv6 lines of docs/least-privilege.md");
    }

    private static boolean refused(ScriptOutput.Part part) {
        return part.exitCode() != null && part.exitCode() != 0;
    }

    /** The router's words, without the script's own "table ..." line; the exit code when it said nothing. */
    private static String said(ScriptOutput.Part part) {
        return part.text().strip().lines().filter(l -> !l.startsWith("table ")).reduce((a, b) -> a + " / " + b)
                .orElse("exit " + part.exitCode());
    }
}
