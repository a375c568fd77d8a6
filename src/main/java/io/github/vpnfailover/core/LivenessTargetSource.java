package io.github.vpnfailover.core;

/** Where a session's liveness targets came from (decision 0121); part of the public event formats. */
public enum LivenessTargetSource {
    /** Named for liveness: {@code --liveness-target}, or the router profile's liveness targets. */
    GIVEN,
    /** None named for liveness: the measurement's ping targets ({@code --ping-target}, the policy's ping targets). */
    PING_TARGETS,
    /** Neither named: the public resolvers {@link LivenessSettings#PUBLIC_RESOLVERS}. */
    PUBLIC_RESOLVERS
}
