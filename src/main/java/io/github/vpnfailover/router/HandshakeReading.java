package io.github.vpnfailover.router;

/** The newest handshake of a WireGuard tunnel as the router saw it: its age in seconds, null if there was none. */
record HandshakeReading(Double ageSeconds) { }
