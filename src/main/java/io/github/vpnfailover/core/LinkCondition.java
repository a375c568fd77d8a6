package io.github.vpnfailover.core;

/**
 * The liveness monitor's verdict on one tunnel; DEGRADED is up but outside the quality limits. NO_TARGET_ANSWERS:
 * no liveness target answers through any tunnel while the cycle's pings through this one do (decision 0121), so
 * liveness says nothing about it.
 */
public enum LinkCondition {
    UNKNOWN, UP, DEGRADED, DOWN, NO_TARGET_ANSWERS;

    /** For the decider: a degraded tunnel is as unusable as a dead one (mwan3 marks it offline too). */
    public TunnelState tunnelState() {
        return switch (this) {
            case UP -> TunnelState.UP;
            case DOWN, DEGRADED -> TunnelState.DOWN;
            case UNKNOWN, NO_TARGET_ANSWERS -> TunnelState.UNKNOWN;
        };
    }
}
