package io.github.vpnfailover.engine;

/** Why routes were changed: a better tunnel ({@code SWITCH}), a dead or failing one ({@code FAILOVER}), a person, or a rollback. */
public enum SwitchKind {
    /** The decider found a tunnel better by the threshold (decision 0040). */
    SWITCH,
    /** The active tunnel was down or unusable (decisions 0081, 0093). */
    FAILOVER,
    /** A person asked for it ({@code switch}, the desktop's Switch now). */
    MANUAL,
    /** Commit-confirm failed and the routes went back to the previous tunnel (decision 0082). */
    ROLLBACK,
    /** The same tunnel again, because IPv6 had drifted away from it (decision 0175). */
    ALIGN;

    /**
     * Whether the engine starts its hold-down after a switch of this kind: after every manual one, and after a
     * verified change of tunnel (an alignment keeps the tunnel). The dashboard mirrors the engine's hold-down with it.
     */
    public boolean startsHoldDown(boolean verified) {
        return this == MANUAL || verified && this != ALIGN;
    }
}
