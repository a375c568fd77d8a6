package io.github.vpnfailover.ui.chart;

import java.time.Instant;

/** A route change drawn on the charts; {@code reason} is shown on hover. */
public record SwitchMarker(Instant time, String from, String to, boolean verified, String reason) {

    public String describe() {
        return (from == null ? "none" : from) + " → " + to + (verified ? "" : " (not verified)") + "\n" + reason;
    }
}
