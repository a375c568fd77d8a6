package io.github.vpnfailover.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.QualityThresholds;
import io.github.vpnfailover.core.RouteMode;
import io.github.vpnfailover.store.RouterProfile;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The settings form is checked with the engine's own validators; every message names the box it is about. */
class ProfileCheckTest {

    private static final ProfileFields GOOD = new RouterSettingsModel(ProfileFields.blank(MeasureSettings.defaults())).fields();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "host        |              | Host: enter the router's host name, address or ~/.ssh/config alias",
        "host        | -oProxyCommand=x | Host: host '-oProxyCommand=x' is not a host name or address",
        "name        | This computer | Name: \"This computer\" is the local profile's name; choose another",
        "port        | 0            | Port: 0 is outside 1 to 65535",
        "port        | ssh          | Port: 'ssh' is not a whole number",
        "user        | -root        | User: user '-root' is not a valid user name",
        "pingTargets | 10.9.0.1;id  | Ping targets: '10.9.0.1;id' is not allowed: ",
        "downloadUrl | ftp://x/f    | Download URL: 'ftp://x/f' is not allowed: ",
        "uploadUrl   | http://h/'x  | Upload URL: 'http://h/'x' is not allowed: ",
        "pingInterval | 0.1         | Ping interval: 0.1 is outside 0.2 to 60",
        "pingInterval | NaN         | Ping interval: NaN is outside 0.2 to 60",
        "pingInterval | fast        | Ping interval: 'fast' is not a number",
        "maxBytes    | 1e9          | Byte cap: '1e9' is not a whole number",
        "maxBytes    | 20000000000  | Byte cap: 20000000000 is outside 1 to 10000000000",
        "maxSeconds  | 0            | Time cap: 0 is outside 1 to 3600",
        "tunnelPattern | tun(       | Tunnel names: 'tun(' is not allowed: a valid regular expression",
        "commandTemplate | sw {gateway} | Switch command: 'sw {gateway}' is not allowed: ",
        "livenessTargets | 10.9.0.1, a b$ | Liveness targets: 'b$' is not an IP address or host name",
        "intervalMs  | 50           | Liveness interval: 50 is outside 100 to 5000",
        "fall        | 0            | Fall: 0 is outside 1 to 100",
        "minTimeoutMs | 900         | Timeout floor: 900 is outside 10 to 800",
        "reliability | 0            | Targets alive: 0 is outside 1 to 8",
        "reliability | 9            | Targets alive: 9 is outside 1 to 8",
        "confirmTargets | 10.9.0.1 x;y | Confirm targets: 'x;y' is not an IP address or host name",
        "confirmSeconds | 0         | Confirm within: 0 is outside 1 to 60",
        "confirmSeconds | 61        | Confirm within: 61 is outside 1 to 60",
        "quarantineSeconds | -1     | Quarantine: -1 is outside 0 to 86400",
        "minTimeoutMs | 5           | Timeout floor: 5 is outside 10 to 800",
        "qualityLatency | 200, 300  | Latency alarm: '200.0/300.0' is not allowed: 0 <= recover < fail <= 1000000",
        "qualityLatency | NaN, 1    | Latency alarm: 'NaN' is not a finite number",
        "qualityLoss | 20           | Loss alarm: give two numbers, the alarm level and the lower level it clears at (e.g. 300, 200)",
    })
    void eachBoxIsCheckedWithTheEngineRuleAndTheMessageNamesIt(String box, String value, String problem) {
        var m = new RouterSettingsModel(GOOD);
        m.host.set("192.0.2.1");
        assertThat(m.problemProperty().get()).isNull();
        var p = property(m, box);
        p.set(value == null ? "" : value);
        assertThat(m.problemProperty().get()).startsWith(problem.strip());
        assertThat(m.result().profile()).isNull();
    }

    @Test
    void aValidFormGivesTheProfileTheEngineRuns() {
        var m = new RouterSettingsModel(GOOD);
        m.host.set("lab.example");
        m.port.set("2222");
        m.sudo.set(true);
        m.pingTargets.set("10.9.0.1 10.9.0.2");
        m.downloadUrl.set("http://10.9.0.1:8000/f.bin");
        m.routeMode.set(RouteMode.COMMAND);
        m.commandTemplate.set("/usr/sbin/sw {iface} {peer}");
        m.livenessTargets.set("10.9.0.1");
        m.qualityLatency.set("300, 200");
        m.pingInterval.set("0.5");
        RouterProfile p = m.result().profile();
        assertThat(p.measure().pingIntervalSeconds()).isEqualTo(0.5);
        assertThat(p.name()).as("empty name: the host").isEqualTo("lab.example");
        assertThat(p.port()).isEqualTo(2222);
        assertThat(p.usesSudo()).isTrue();
        assertThat(p.measure().pingTargets()).containsExactly("10.9.0.1", "10.9.0.2");
        assertThat(p.measure().uploadUrl()).isNull();
        assertThat(p.measure().routeMode()).isEqualTo(RouteMode.COMMAND);
        assertThat(p.liveness().targets()).containsExactly("10.9.0.1");
        assertThat(p.liveness().quality()).isEqualTo(new QualityThresholds(300.0, 200.0, null, null, 50));
        assertThat(p.needsSetup()).isFalse();
    }

    @Test
    void addChecksOnlyTheConnectionAndLeavesTheRouterToBeSetUp() {
        var m = new RouterSettingsModel(GOOD, true);
        m.host.set("192.0.2.1");
        m.downloadUrl.set("ftp://not/checked/here");
        assertThat(m.problemProperty().get()).isNull();
        assertThat(m.result().profile().needsSetup()).isTrue();
        m.host.set("");
        assertThat(m.problemProperty().get()).as("why Add is disabled").isEqualTo(
                "Host: enter the router's host name, address or ~/.ssh/config alias");
    }

    @Test
    void editingKeepsWhatTheFormDoesNotShow() {
        var servers = List.of(new io.github.vpnfailover.store.OpenVpnServer("tun0", "192.0.2.9", 1194, "udp", "none", null));
        var old = new RouterProfile("r", "192.0.2.1", null, null, null, servers);
        var p = new RouterSettingsModel(ProfileFields.of(old, MeasureSettings.defaults())).result().profile();
        assertThat(p.servers()).isEqualTo(servers);
        assertThat(ProfileFields.of(p, MeasureSettings.defaults())).isEqualTo(ProfileFields.of(p, MeasureSettings.defaults()));
        assertThat(new RouterSettingsModel(ProfileFields.of(p, MeasureSettings.defaults())).result().profile()).isEqualTo(p);
    }

    /**
     * The form shows the miss timeout's ceiling and floor: a saved profile keeps the adaptive timeout (decision 0200)
     * with the default floor or the edited one's, never turns it into a fixed one unless the boxes say so.
     */
    @Test
    void theAdaptiveMissTimeoutSurvivesTheForm() {
        var form = new RouterSettingsModel(GOOD);
        form.host.set("lab.example");
        var p = form.result().profile();
        assertThat(p.liveness()).isEqualTo(io.github.vpnfailover.core.LivenessSettings.defaultsFromPingTargets());
        assertThat(p.liveness().minTimeoutMillis()).isEqualTo(io.github.vpnfailover.core.LivenessSettings.DEFAULT_MIN_TIMEOUT_MILLIS);
        var tuned = p.withSettings(p.measure(), p.liveness().withMinTimeoutMillis(120));
        var again = new RouterSettingsModel(ProfileFields.of(tuned, MeasureSettings.defaults()));
        assertThat(again.result().profile().liveness().minTimeoutMillis()).isEqualTo(120);
        assertThat(again.minTimeoutMs.get()).isEqualTo("120");
        again.timeoutMs.set("100");
        assertThat(again.problemProperty().get()).as("floor above a lowered ceiling").isEqualTo(
                "Timeout floor: 120 is outside 10 to 100");
        again.minTimeoutMs.set("100");
        assertThat(again.result().profile().liveness().minTimeoutMillis()).as("equal: a fixed timeout").isEqualTo(100);
    }

    @Test
    void reliabilityAndCommitConfirmAreSavedAsTyped() {
        var m = new RouterSettingsModel(GOOD);
        m.host.set("lab.example");
        assertThat(List.of(m.reliability.get(), m.confirmTargets.get(), m.confirmSeconds.get(), m.quarantineSeconds.get()))
                .as("a new router's form shows the defaults").containsExactly("1", "", "3", "120");
        m.livenessTargets.set("10.9.0.1, 10.9.0.2");
        m.reliability.set("2");
        m.confirmTargets.set("10.9.0.3 10.9.0.4");
        m.confirmSeconds.set("5");
        m.quarantineSeconds.set("0");
        var l = m.result().profile().liveness();
        assertThat(l.reliability()).isEqualTo(2);
        assertThat(l.confirmTargets()).containsExactly("10.9.0.3", "10.9.0.4");
        assertThat(l.confirmSeconds()).isEqualTo(5);
        assertThat(l.quarantineSeconds()).isZero();
        m.livenessTargets.set("10.9.0.1");
        assertThat(m.problemProperty().get()).as("more targets alive than targets").isEqualTo("Targets alive: 2 is outside 1 to 1");
    }

    private static javafx.beans.property.StringProperty property(RouterSettingsModel m, String box) {
        try {
            return (javafx.beans.property.StringProperty) RouterSettingsModel.class.getField(box).get(m);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(box, e);
        }
    }
}
