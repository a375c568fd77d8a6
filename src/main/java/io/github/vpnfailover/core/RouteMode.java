package io.github.vpnfailover.core;

/** How a switch sets the router's routes. */
public enum RouteMode {
    /** 0.0.0.0/1 and 128.0.0.0/1 via the tunnel, like OpenVPN's redirect-gateway def1. */
    DEF1,
    /** Replace the default route. */
    DEFAULT,
    /** A user template with {iface} and {peer} placeholders. */
    COMMAND
}
