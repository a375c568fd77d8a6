package io.github.vpnfailover.router;

import io.github.vpnfailover.core.Sample;

/**
 * What the measure script's tap-route part (decision 0174) and bound IPv6 route part (0176) add to a sample: nothing when the route for sockets bound
 * to the tap was set or the tunnel is no tap; a reason, on a tap that answered no ping, when the router refused the
 * route or the tap has no gateway we could route through. Never a verdict of its own: the pings decide.
 */
final class TapRouteProblem {

    private TapRouteProblem() {
    }

    /** The same for the bound IPv6 route of decision 0176 (part "v6route"): said only when the tunnel answered nothing. */
    static Sample applyIpv6(Sample sample, ScriptOutput.Part part, String where) {
        if (part == null || sample.isGood() || part.exitCode() == null || part.exitCode() == 0) {
            return sample;
        }
        String said = part.text().strip().lines().filter(l -> !l.startsWith("table ")).reduce((a, b) -> a + " / " + b)
                .orElse("exit " + part.exitCode());
        return sample.withProblem("the IPv6 route for sockets bound to " + sample.tunnel() + " could not be set on " + where
                + " (" + said + "), so IPv6 targets are not reached through it while IPv6 goes elsewhere: log in as root,"
                + " or add the IPv6 lines of docs/least-privilege.md");
    }

    static Sample apply(Sample sample, ScriptOutput.Part part, String where) {
        if (part == null) {
            return sample;
        }
        String text = part.text().strip();
        Integer exit = part.exitCode();
        if (sample.isGood()) {
            // the active tap answers through the main table; the refusal matters only once it is idle
            return sample;
        }
        if (exit != null && exit != 0) {
            String said = text.lines().filter(l -> !l.startsWith("table ")).reduce((a, b) -> a + " / " + b).orElse("exit " + exit);
            return sample.withProblem("the route for sockets bound to the tap " + sample.tunnel() + " could not be set on "
                    + where + " (" + said + "), so it cannot be measured while another tunnel carries the traffic:"
                    + " log in as root, or add the tap lines of docs/least-privilege.md");
        }
        if (text.equals("nogateway")) {
            return sample.withProblem(sample.tunnel() + " is a tap (Ethernet) device with no peer address and no IPv4 route"
                    + " via a gateway on it, so sockets bound to it have no next hop (see decision 0173)");
        }
        return sample;
    }
}
