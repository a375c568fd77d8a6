package io.github.vpnfailover.router;

/**
 * A WireGuard tunnel's latest handshake as {@code vpnfailover tunnels} shows it: its age in seconds, or
 * {@code never}, or the {@code problem} that kept it from being read (no wg, not root).
 */
public record WireGuardHandshake(Double ageSeconds, boolean never, String problem) { }
