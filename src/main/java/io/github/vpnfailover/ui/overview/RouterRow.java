package io.github.vpnfailover.ui.overview;

import io.github.vpnfailover.core.LinkCondition;
import io.github.vpnfailover.engine.ConnectionState;
import io.github.vpnfailover.engine.SwitchKind;
import java.time.Instant;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One router's line in the overview, read-only to the view. {@link RouterFold} gathers a batch's events into plain
 * fields and publishes them here once per batch, so a bound table redraws a row once per 100 ms at most.
 */
public final class RouterRow {

    private final String name;
    private final ReadOnlyObjectWrapper<ConnectionState> link = new ReadOnlyObjectWrapper<>(ConnectionState.CONNECTING);
    private final ReadOnlyStringWrapper linkDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper active = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<LinkCondition> worst = new ReadOnlyObjectWrapper<>(LinkCondition.UNKNOWN);
    private final ReadOnlyStringWrapper worstTunnel = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<Instant> lastSwitch = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SwitchKind> lastSwitchKind = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper lastSwitchReason = new ReadOnlyStringWrapper();
    private final ReadOnlyLongWrapper tunnels = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper samples = new ReadOnlyLongWrapper();
    private final ReadOnlyObjectWrapper<Instant> lastSample = new ReadOnlyObjectWrapper<>();

    RouterRow(String name, ConnectionState initial) {
        this.name = name;
        link.set(initial);
    }

    public String name() {
        return name;
    }

    void publish(RouterFold f) {
        link.set(f.link);
        linkDetail.set(f.linkDetail == null ? "" : f.linkDetail);
        active.set(f.active);
        worst.set(f.worst());
        worstTunnel.set(f.worstTunnel());
        lastSwitch.set(f.lastSwitch);
        lastSwitchKind.set(f.lastSwitchKind);
        lastSwitchReason.set(f.lastSwitchReason);
        tunnels.set(f.tunnelCount());
        samples.set(f.samples);
        lastSample.set(f.lastSample);
    }

    public ReadOnlyObjectProperty<ConnectionState> linkProperty() {
        return link.getReadOnlyProperty();
    }

    /** The link's detail: where it is connected, or why it is reconnecting or failed. */
    public ReadOnlyStringProperty linkDetailProperty() {
        return linkDetail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** The worst condition among the router's tunnels (DOWN before DEGRADED before the unknowns before UP). */
    public ReadOnlyObjectProperty<LinkCondition> worstProperty() {
        return worst.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty worstTunnelProperty() {
        return worstTunnel.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> lastSwitchProperty() {
        return lastSwitch.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SwitchKind> lastSwitchKindProperty() {
        return lastSwitchKind.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastSwitchReasonProperty() {
        return lastSwitchReason.getReadOnlyProperty();
    }

    /** How many tunnels the router has (the overview's count, for "all 3 up"). */
    public ReadOnlyLongProperty tunnelsProperty() {
        return tunnels.getReadOnlyProperty();
    }

    /** Samples this router's engine published since it was connected: a test sees it keep measuring. */
    public ReadOnlyLongProperty samplesProperty() {
        return samples.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> lastSampleProperty() {
        return lastSample.getReadOnlyProperty();
    }
}
