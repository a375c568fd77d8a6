package io.github.vpnfailover.ui.settings;

import io.github.vpnfailover.core.RouteMode;
import io.github.vpnfailover.store.RouterProfile;
import java.util.List;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The router settings form's state: one property per box, and the first problem, re-checked with
 * {@link ProfileCheck} on every keystroke. No control and no FX thread needed, so tests drive it directly.
 */
public final class RouterSettingsModel {

    private final RouterProfile base;
    private final boolean connectionOnly;
    public final StringProperty name = new SimpleStringProperty();
    public final StringProperty host = new SimpleStringProperty();
    public final StringProperty port = new SimpleStringProperty();
    public final StringProperty user = new SimpleStringProperty();
    public final StringProperty key = new SimpleStringProperty();
    public final BooleanProperty sudo = new SimpleBooleanProperty();
    public final StringProperty pingTargets = new SimpleStringProperty();
    public final StringProperty pingCount = new SimpleStringProperty();
    public final StringProperty pingInterval = new SimpleStringProperty();
    public final StringProperty downloadUrl = new SimpleStringProperty();
    public final StringProperty uploadUrl = new SimpleStringProperty();
    public final StringProperty maxBytes = new SimpleStringProperty();
    public final StringProperty maxSeconds = new SimpleStringProperty();
    public final StringProperty tunnelPattern = new SimpleStringProperty();
    public final ObjectProperty<RouteMode> routeMode = new SimpleObjectProperty<>();
    public final StringProperty commandTemplate = new SimpleStringProperty();
    public final StringProperty livenessTargets = new SimpleStringProperty();
    public final StringProperty intervalMs = new SimpleStringProperty();
    public final StringProperty timeoutMs = new SimpleStringProperty();
    public final StringProperty minTimeoutMs = new SimpleStringProperty();
    public final StringProperty fall = new SimpleStringProperty();
    public final StringProperty rise = new SimpleStringProperty();
    public final StringProperty qualityLatency = new SimpleStringProperty();
    public final StringProperty qualityLoss = new SimpleStringProperty();
    public final StringProperty reliability = new SimpleStringProperty();
    public final StringProperty confirmTargets = new SimpleStringProperty();
    public final StringProperty confirmSeconds = new SimpleStringProperty();
    public final StringProperty quarantineSeconds = new SimpleStringProperty();
    /** The OpenVPN servers and their probe period (decisions 0212 and 0213). */
    public final ServersModel servers;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();

    /** The whole form (Edit, Duplicate, the setup step). */
    public RouterSettingsModel(ProfileFields f) {
        this(f, false);
    }

    /** With {@code connectionOnly}, only the connection boxes count (Add: the rest comes in the setup step). */
    public RouterSettingsModel(ProfileFields f, boolean connectionOnly) {
        base = f.base();
        this.connectionOnly = connectionOnly;
        servers = new ServersModel(base);
        name.set(f.name());
        host.set(f.host());
        port.set(f.port());
        user.set(f.user());
        key.set(f.key());
        sudo.set(f.sudo());
        pingTargets.set(f.pingTargets());
        pingCount.set(f.pingCount());
        pingInterval.set(f.pingInterval());
        downloadUrl.set(f.downloadUrl());
        uploadUrl.set(f.uploadUrl());
        maxBytes.set(f.maxBytes());
        maxSeconds.set(f.maxSeconds());
        tunnelPattern.set(f.tunnelPattern());
        routeMode.set(f.routeMode());
        commandTemplate.set(f.commandTemplate());
        livenessTargets.set(f.livenessTargets());
        intervalMs.set(f.intervalMs());
        timeoutMs.set(f.timeoutMs());
        minTimeoutMs.set(f.minTimeoutMs());
        fall.set(f.fall());
        rise.set(f.rise());
        qualityLatency.set(f.qualityLatency());
        qualityLoss.set(f.qualityLoss());
        reliability.set(f.reliability());
        confirmTargets.set(f.confirmTargets());
        confirmSeconds.set(f.confirmSeconds());
        quarantineSeconds.set(f.quarantineSeconds());
        List<Observable> all = Stream.<Observable>of(name, host, port, user, key, sudo, pingTargets, pingCount, pingInterval,
                downloadUrl,
                uploadUrl, maxBytes, maxSeconds, tunnelPattern, routeMode, commandTemplate, livenessTargets, intervalMs,
                timeoutMs, minTimeoutMs, fall, rise, qualityLatency, qualityLoss, reliability, confirmTargets, confirmSeconds,
                quarantineSeconds).toList();
        all.forEach(o -> o.addListener(x -> recheck()));
        servers.onChange(this::recheck);
        recheck();
    }

    /** Whether only the connection is edited here. */
    public boolean connectionOnly() {
        return connectionOnly;
    }

    /** The form as typed. */
    public ProfileFields fields() {
        return new ProfileFields(base, name.get(), host.get(), port.get(), user.get(), key.get(), sudo.get(), pingTargets.get(),
                pingCount.get(), pingInterval.get(), downloadUrl.get(), uploadUrl.get(), maxBytes.get(), maxSeconds.get(), tunnelPattern.get(),
                routeMode.get(), commandTemplate.get(), livenessTargets.get(), intervalMs.get(), timeoutMs.get(),
                minTimeoutMs.get(), fall.get(), rise.get(), qualityLatency.get(), qualityLoss.get(), reliability.get(),
                confirmTargets.get(), confirmSeconds.get(), quarantineSeconds.get());
    }

    /** The profile the form describes now, or why not. */
    public ProfileCheck.Result result() {
        ProfileCheck.Result r = ProfileCheck.check(fields(), connectionOnly);
        if (!r.ok() || connectionOnly) {
            return r;
        }
        ServersModel.Result s = servers.check();
        return s.problem() != null ? new ProfileCheck.Result(null, s.problem())
                : new ProfileCheck.Result(r.profile().withServers(s.servers(), s.periodSeconds()), null);
    }

    /** The first problem, worded for the form ("Download URL: 'ftp://x' is not allowed: …"); null when it can be saved. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    private void recheck() {
        problem.set(result().problem());
    }
}
