package io.github.vpnfailover.router;

import io.github.vpnfailover.core.Sample;

/**
 * A sample plus timing: {@code commandSeconds} is what the commands themselves report (ping's "time", estimated
 * for busybox; curl's time_total), {@code wallSeconds} the whole remote invocation as seen from here.
 */
public record TunnelMeasurement(Sample sample, double commandSeconds, double wallSeconds) { }
