package io.github.vpnfailover.core;

/** What the decider wants done with the routes. */
public enum DecisionKind { STAY, SWITCH, FAILOVER }
