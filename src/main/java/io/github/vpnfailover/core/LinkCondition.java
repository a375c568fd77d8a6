package io.github.vpnfailover.core;

/** The liveness monitor's verdict on one tunnel; DEGRADED is up but outside the quality limits. */
public enum LinkCondition {
    UNKNOWN, UP, DEGRADED, DOWN;

    /** For the decider: a degraded tunnel is as unusable as a dead one (mwan3 marks it offline too). */
    public TunnelState tunnelState() {
        return switch (this) {
            case UP -> TunnelState.UP;
            case DOWN, DEGRADED -> TunnelState.DOWN;
            case UNKNOWN -> TunnelState.UNKNOWN;
        };
    }
}
