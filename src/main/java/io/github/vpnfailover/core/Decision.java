package io.github.vpnfailover.core;

/**
 * The decider's answer. {@code target} is null for STAY. {@code reason} is for people,
 * e.g. "tun2 scores 0.91 vs tun0 0.74 (+23 % > 15 %)".
 */
public record Decision(DecisionKind kind, String active, String target, String reason) {

    public static Decision stay(String active, String reason) {
        return new Decision(DecisionKind.STAY, active, null, reason);
    }
}
