package io.github.vpnfailover.engine;

import io.github.vpnfailover.core.Ipv6Action;
import io.github.vpnfailover.router.ConntrackFlush;
import io.github.vpnfailover.router.SwitchResult;

/**
 * What a person must hear about a switch beyond its verdict (decisions 0171, 0172): a router without conntrack
 * (said once, with how to install it), a conntrack that failed, and IPv6 left outside the tunnels by "ipv6 leave".
 * Runs on the switch thread only.
 */
final class SwitchNotes {

    private final Outbox out;
    private boolean conntrackMissingSaid;

    SwitchNotes(Outbox out) {
        this.out = out;
    }

    void after(SwitchResult r) {
        ConntrackFlush flush = r.conntrack();
        if (flush != null && flush.status() == ConntrackFlush.Status.MISSING && !conntrackMissingSaid) {
            conntrackMissingSaid = true;
            out.error(Problem.CONNTRACK_MISSING, "the old tunnel's connections were not reset after the switch to " + r.tunnel()
                    + ": " + flush.detail() + " (said once; switches go on without it)");
        } else if (flush != null && flush.status() == ConntrackFlush.Status.FAILED) {
            out.error(Problem.CONNTRACK_FLUSH_FAILED, "could not delete the conntrack entries of " + flush.oldTunnel()
                    + " after the switch to " + r.tunnel() + ": " + flush.detail());
        }
        if (r.ipv6() == Ipv6Action.LEFT) {
            out.error(Problem.IPV6_UNPROTECTED, r.tunnel() + " has no IPv6 and the profile says ipv6 leave: IPv6 goes "
                    + (r.ipv6After() == null ? "where the router's own routes send it" : "through " + r.ipv6After())
                    + ", outside the tunnel");
        }
    }

    /** For the switch event: entries deleted, or null when no flush ran. */
    static Integer flushed(SwitchResult r) {
        return r.conntrack() != null && r.conntrack().status() == ConntrackFlush.Status.FLUSHED ? r.conntrack().deleted() : null;
    }
}
