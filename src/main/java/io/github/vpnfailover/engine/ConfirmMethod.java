package io.github.vpnfailover.engine;

/** How a commit-confirm looked for traffic (decision 0201). */
public enum ConfirmMethod {
    /** A fresh answer on the new tunnel's already-open liveness stream: no new process, no new channel. */
    LIVENESS_STREAM,
    /** A ping not bound to any interface, through the default route, in a command of its own. */
    DEFAULT_ROUTE_PING
}
