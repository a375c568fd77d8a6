package io.github.vpnfailover.engine;

import io.github.vpnfailover.router.ssh.SshLinkStatus;

/** The router link as the user sees it in the status bar. */
public enum ConnectionState {
    CONNECTING, CONNECTED, RECONNECTING, FAILED, CLOSED;

    /** The one mapping from the SSH link's own state (used by the engine's link bridge and the connect screen). */
    public static ConnectionState of(SshLinkStatus.State s) {
        return switch (s) {
            case CONNECTING -> CONNECTING;
            case CONNECTED -> CONNECTED;
            case RECONNECTING -> RECONNECTING;
            case FAILED -> FAILED;
            case CLOSED -> CLOSED;
        };
    }
}
