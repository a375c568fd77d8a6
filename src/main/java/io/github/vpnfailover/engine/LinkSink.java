package io.github.vpnfailover.engine;

import io.github.vpnfailover.core.LinkStatus;

/** Where the liveness monitor sends each tunnel's status: on every change, and about once a second for the trace. */
@FunctionalInterface
public interface LinkSink {
    void report(String tunnel, LinkStatus status);
}
