package io.github.vpnfailover.core;

/**
 * One tunnel's liveness at a moment: the condition, the mean of the last few round trips (null without answers),
 * the loss over the quality window, and why it is in this condition.
 */
public record LinkStatus(LinkCondition condition, Double rttMs, Double lossPercent, String reason) {

    public static LinkStatus unknown() {
        return new LinkStatus(LinkCondition.UNKNOWN, null, null, "not probed yet");
    }

    public boolean isUp() {
        return condition == LinkCondition.UP;
    }
}
