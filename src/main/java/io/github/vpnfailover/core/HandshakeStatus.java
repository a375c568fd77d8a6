package io.github.vpnfailover.core;

/**
 * What a WireGuard tunnel's latest handshake says (decision 0180). Only ever a reason to call a tunnel down,
 * never a reason to call it up: a fresh handshake leaves the verdict to the pings.
 */
public enum HandshakeStatus {
    /** Within {@link HandshakeRule#STALE_AFTER_SECONDS}: says nothing either way. */
    FRESH,
    /** Older than that, read right after the pings sent traffic: the peer stopped answering. */
    STALE,
    /** The peer never completed a handshake, although the pings sent traffic. */
    NEVER;

    /** The tunnel is down whatever the pings said. */
    public boolean down() {
        return this != FRESH;
    }
}
