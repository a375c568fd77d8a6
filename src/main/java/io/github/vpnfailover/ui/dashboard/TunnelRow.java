package io.github.vpnfailover.ui.dashboard;

import io.github.vpnfailover.core.LinkCondition;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.core.TunnelState;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One line of the tunnel table; null metrics show as "–" (not measured or failed). */
public final class TunnelRow {

    private final ReadOnlyStringWrapper name;
    private final ObjectProperty<TunnelState> state = new SimpleObjectProperty<>(TunnelState.UNKNOWN);
    private final ObjectProperty<LinkCondition> condition = new SimpleObjectProperty<>();
    private final StringProperty stateHint = new SimpleStringProperty();
    /** On the active row when IPv6 does not follow IPv4 (decision 0171): "IPv6 blocked", "IPv6 via wan0". */
    private final StringProperty ipv6Note = new SimpleStringProperty();
    private final ObjectProperty<Double> latency = new SimpleObjectProperty<>();
    private final ObjectProperty<Double> liveRtt = new SimpleObjectProperty<>();
    private final ObjectProperty<Double> loss = new SimpleObjectProperty<>();
    private final ObjectProperty<Double> jitter = new SimpleObjectProperty<>();
    private final ObjectProperty<Double> download = new SimpleObjectProperty<>();
    private final ObjectProperty<Double> upload = new SimpleObjectProperty<>();
    private final ObjectProperty<Double> score = new SimpleObjectProperty<>();
    private final BooleanProperty active = new SimpleBooleanProperty();
    private final ObjectProperty<Double> handshakeAge = new SimpleObjectProperty<>();

    public TunnelRow(String name) {
        this.name = new ReadOnlyStringWrapper(name);
    }

    /** Takes the newest measurement: a failed one marks the tunnel down and clears its metrics. */
    void update(Sample s) {
        state.set(s.isGood() ? TunnelState.UP : TunnelState.DOWN);
        latency.set(s.latencyMs());
        loss.set(s.lossPercent());
        jitter.set(s.jitterMs());
        download.set(s.downloadMbps());
        upload.set(s.uploadMbps());
        handshakeAge.set(s.handshakeAgeSeconds());
    }

    /** WireGuard only: seconds since the latest handshake at the last measurement (decision 0180); null otherwise. */
    public ObjectProperty<Double> handshakeAgeProperty() {
        return handshakeAge;
    }

    public String getName() {
        return name.get();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ObjectProperty<TunnelState> stateProperty() {
        return state;
    }

    /** The liveness monitor's condition; NO_TARGET_ANSWERS shows as its own state, not as down. */
    public ObjectProperty<LinkCondition> conditionProperty() {
        return condition;
    }

    /** Why the state is what it is, and the fix when there is one (the state cell's tooltip). */
    public StringProperty stateHintProperty() {
        return stateHint;
    }

    public StringProperty ipv6NoteProperty() {
        return ipv6Note;
    }

    /** The state as the table shows it, with the IPv6 note when there is one ("up · IPv6 blocked"). */
    public String stateText() {
        String note = ipv6Note.get() == null ? "" : " · " + ipv6Note.get();
        if (condition.get() == LinkCondition.NO_TARGET_ANSWERS) {
            return "no liveness answer" + note;
        }
        return (state.get() == null ? "–" : state.get().name().toLowerCase(java.util.Locale.ROOT)) + note;
    }

    public ObjectProperty<Double> latencyProperty() {
        return latency;
    }

    /** The liveness monitor's newest round trip (about once a second), beside the cycle's averaged latency. */
    public ObjectProperty<Double> liveRttProperty() {
        return liveRtt;
    }

    public ObjectProperty<Double> lossProperty() {
        return loss;
    }

    public ObjectProperty<Double> jitterProperty() {
        return jitter;
    }

    public ObjectProperty<Double> downloadProperty() {
        return download;
    }

    public ObjectProperty<Double> uploadProperty() {
        return upload;
    }

    public ObjectProperty<Double> scoreProperty() {
        return score;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public boolean isActive() {
        return active.get();
    }

    public Double getScore() {
        return score.get();
    }

    @Override
    public String toString() {
        return getName();
    }
}
