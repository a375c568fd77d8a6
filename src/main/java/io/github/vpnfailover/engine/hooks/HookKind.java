package io.github.vpnfailover.engine.hooks;

import io.github.vpnfailover.engine.SwitchKind;

/** What a hook is called for (decision 0191); {@link #wire()} is the value of {@code VFM_EVENT}. */
public enum HookKind {
    /** Routes moved to a better tunnel, or a person moved them. */
    SWITCH("switch"),
    /** Routes moved away from a dead or failing tunnel. */
    FAILOVER("failover"),
    /** Commit-confirm failed and the routes went back. */
    ROLLBACK("rollback"),
    /** A cycle in which no tunnel answered, the first of an episode. */
    ALL_DOWN("all-down"),
    /** The first good sample after {@link #ALL_DOWN}. */
    RECOVERED("recovered");

    private final String wire;

    HookKind(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** A manual switch or an IPv6 alignment is a switch to the hook; its JSON's {@code kind} still says which. */
    static HookKind of(SwitchKind k) {
        return switch (k) {
            case SWITCH, MANUAL, ALIGN -> SWITCH;
            case FAILOVER -> FAILOVER;
            case ROLLBACK -> ROLLBACK;
        };
    }
}
