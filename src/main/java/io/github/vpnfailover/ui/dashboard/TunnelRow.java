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
    private final StringProperty scoreNote = new SimpleStringProperty();
    private final StringProperty latencyNote = new SimpleStringProperty();
    private final StringProperty downloadNote = new SimpleStringProperty();
    private final StringProperty uploadNote = new SimpleStringProperty();
    private final BooleanProperty held = new SimpleBooleanProperty();
    private final ObjectProperty<java.time.Instant> stateSince = new SimpleObjectProperty<>();
    private String sampleFailure;
    private String shownState;

    public TunnelRow(String name) {
        this.name = new ReadOnlyStringWrapper(name);
    }

    /**
     * Takes the newest measurement: a failed one marks the tunnel down (the engine counts it down until the next good
     * one) and clears its metrics; each missing value keeps its part's reason for the hover.
     */
    void update(Sample s) {
        sampleFailure = s.isGood() ? null : io.github.vpnfailover.core.HandshakeRule.down(s)
                ? io.github.vpnfailover.core.HandshakeRule.describe(s) : s.error() == null ? "no answer" : s.error();
        if (condition.get() == null) {
            state.set(s.isGood() ? TunnelState.UP : TunnelState.DOWN);
        }
        latencyNote.set(s.latencyMs() == null ? PartReasons.of(s.error(), "ping") : null);
        downloadNote.set(s.downloadMbps() == null ? PartReasons.of(s.error(), "download") : null);
        uploadNote.set(s.uploadMbps() == null ? PartReasons.of(s.error(), "upload") : null);
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

    /**
     * The state as the engine counts it, without notes: down needs evidence (liveness says so, or the latest
     * measurement got no answer); liveness without answering targets is its own state, never down.
     */
    public String baseState() {
        if (condition.get() == LinkCondition.NO_TARGET_ANSWERS) {
            return sampleFailure != null ? "down" : "no liveness answer";
        }
        if (sampleFailure != null) {
            return "down";
        }
        if (condition.get() == LinkCondition.DEGRADED) {
            return "degraded";
        }
        return state.get() == null ? "unknown" : state.get().name().toLowerCase(java.util.Locale.ROOT);
    }

    public StringProperty ipv6NoteProperty() {
        return ipv6Note;
    }

    /** The state as the table shows it, with the IPv6 note when there is one ("up · IPv6 blocked"). */
    public String stateText() {
        return baseState() + (ipv6Note.get() == null ? "" : " · " + ipv6Note.get());
    }

    /** The state's reason: the failed measurement's, else the liveness monitor's hint. */
    public String stateReason() {
        if (sampleFailure != null) {
            return "the latest measurement failed: " + sampleFailure
                    + (stateHint.get() == null ? "" : "; liveness: " + stateHint.get());
        }
        return stateHint.get();
    }

    /** Starts the "since" clock when the shown state changed. */
    void noteState(java.time.Instant now) {
        String shown = baseState();
        if (!shown.equals(shownState)) {
            shownState = shown;
            stateSince.set(now);
        }
    }

    /** When the shown state last changed. */
    public ObjectProperty<java.time.Instant> stateSinceProperty() {
        return stateSince;
    }

    /** Why the score is what it is, or why there is none (the score cell's tooltip). */
    public StringProperty scoreNoteProperty() {
        return scoreNote;
    }

    public StringProperty latencyNoteProperty() {
        return latencyNote;
    }

    public StringProperty downloadNoteProperty() {
        return downloadNote;
    }

    public StringProperty uploadNoteProperty() {
        return uploadNote;
    }

    /** Taken out of rotation by hand (decision 0221), as the engine's last window says. */
    public BooleanProperty heldProperty() {
        return held;
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
