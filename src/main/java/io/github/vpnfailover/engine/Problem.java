package io.github.vpnfailover.engine;

/** What an {@link EngineEvent.ErrorEvent} is about, so a listener can react without reading its message. */
public enum Problem {
    /** The router could not be reached; the cycle is retried (decision 0020). */
    ROUTER_UNREACHABLE,
    /** Which tunnel is active could not be read. */
    ACTIVE_UNKNOWN,
    /** No tunnel answered in this cycle; routes are left as they are (decision 0093). */
    ALL_TUNNELS_DOWN,
    /** The router has no usable tunnel at all. */
    NO_USABLE_TUNNEL,
    /** Writes to the history fail and wait in memory (decision 0095). */
    HISTORY_NOT_SAVED,
    /** The history is written again after {@link #HISTORY_NOT_SAVED}; the message says whether writes were lost. */
    HISTORY_SAVED_AGAIN,
    /** Stored samples could not be read (the window starts empty, a chart stays empty). */
    HISTORY_UNREADABLE,
    /** A route change was tried but not read back pointing at the target. */
    SWITCH_NOT_VERIFIED,
    /** Commit-confirm failed and the previous tunnel is not live: looking for another (decision 0082). */
    SWITCH_UNCONFIRMED,
    /** Something failed inside a fast-path failover; routes stay, the next cycle decides again (decision 0141). */
    FAST_FAILOVER_FAILED,
    /** The router has no conntrack program: old flows are not reset after a switch; said once (decision 0172). */
    CONNTRACK_MISSING,
    /** conntrack ran after a switch and failed (e.g. no permission); the message has the router's words. */
    CONNTRACK_FLUSH_FAILED,
    /** The target tunnel has no IPv6 and the profile says leave: IPv6 goes outside the tunnels (decision 0171). */
    IPV6_UNPROTECTED,
    /** IPv6 goes elsewhere than the active tunnel and auto-failover is off, so nothing re-aligns it (decision 0175). */
    IPV6_DRIFTED,
    /** A cycle failed for a reason not listed here; the message names the exception. */
    CYCLE_FAILED
}
