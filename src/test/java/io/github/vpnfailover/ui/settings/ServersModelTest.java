package io.github.vpnfailover.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.store.OpenVpnServer;
import io.github.vpnfailover.store.RouterProfile;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The Servers tab's state (decisions 0212 and 0213) without a window or FX thread: each server and the probe period
 * are checked as typed with the rules the store applies at load, the message names the server and the box, and a
 * saved profile goes through the form unchanged.
 */
class ServersModelTest {

    private static final RouterProfile LAB = new RouterProfile("lab", "192.0.2.1", null, "root", null, List.of());

    private static RouterSettingsModel form(RouterProfile p) {
        return new RouterSettingsModel(ProfileFields.of(p, MeasureSettings.defaults()));
    }

    @Test
    void anAddedServerIsCheckedAsTypedAndSavedWithTheProfile() {
        var m = form(LAB);
        assertThat(m.problemProperty().get()).isNull();
        ServerRowModel r = m.servers.add();
        assertThat(m.problemProperty().get()).isEqualTo("Server 1 host: empty: the server's name or address");
        r.host.set("vpn.example.net");
        assertThat(m.problemProperty().get()).isNull();
        r.wrapping.set("tls-auth");
        assertThat(m.problemProperty().get()).isEqualTo("Server 1 key file: tls-auth needs its key file");
        r.keyFile.set("/etc/openvpn/ta.key");
        r.keyDirection.set("0");
        r.proto.set("tcp");
        r.port.set("443");
        m.servers.period.set("15");
        assertThat(m.problemProperty().get()).isNull();
        RouterProfile saved = m.result().profile();
        assertThat(saved.servers()).containsExactly(new OpenVpnServer(null, "vpn.example.net", 443, "tcp", "tls-auth", "/etc/openvpn/ta.key", "0"));
        assertThat(saved.serverPeriodSeconds()).isEqualTo(15);
        m.servers.remove(r);
        assertThat(m.result().profile().servers()).isEmpty();
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
        "host|10.0.0.1;id|Server 1 host: '10.0.0.1;id' is not an IP address or host name (labels are letters, digits and inner '-')",
        "host|999.1.1.1|Server 1 host: '999.1.1.1' is not a valid IPv4 address",
        "port|0|Server 1 port: 0 is outside 1-65535",
        "port|x1|Server 1 port: 'x1' is not a whole number",
        "tunnel|tun 0|Server 1 tunnel: 'tun 0': contains white space or a control character at position 4",
    })
    void aBadValueIsNamedWithItsServerAndBox(String box, String value, String message) {
        var m = form(LAB);
        ServerRowModel r = m.servers.add();
        r.host.set("192.0.2.9");
        switch (box) {
            case "host" -> r.host.set(value);
            case "port" -> r.port.set(value);
            default -> r.tunnel.set(value);
        }
        assertThat(m.problemProperty().get()).isEqualTo(message);
        assertThat(m.result().ok()).isFalse();
    }

    @ParameterizedTest(name = "period {0}")
    @CsvSource(delimiter = '|', value = {
        "4|Probe period: 4 is outside 5 to 3600 seconds",
        "3601|Probe period: 3601 is outside 5 to 3600 seconds",
        "1e3|Probe period: '1e3' is not a whole number of seconds",
        "NaN|Probe period: 'NaN' is not a whole number of seconds",
        "5|",
        "3600|",
    })
    void theProbePeriodHasItsRange(String text, String message) {
        var m = form(LAB);
        m.servers.period.set(text);
        assertThat(m.problemProperty().get()).isEqualTo(message);
    }

    @Test
    void anEmptyPeriodIsTheDefaultAndNotWritten() {
        RouterProfile p = form(LAB).result().profile();
        assertThat(p.serverPeriodSeconds()).isNull();
        assertThat(p.serverPeriod().toSeconds()).isEqualTo(60);
    }

    @Test
    void aHostileHostIsShownEscaped() {
        var m = form(LAB);
        m.servers.add().host.set("vpn\u001b[2Jx");
        assertThat(m.problemProperty().get()).startsWith("Server 1 host: 'vpn\\x1b[2Jx' is").doesNotContain("\u001b");
    }

    @Test
    void aSavedProfileGoesThroughTheFormUnchanged() {
        RouterProfile p = LAB.withServers(List.of(new OpenVpnServer("tun0", "192.0.2.7", 1194, "udp", "none", null),
                new OpenVpnServer("tun1", "vpn.example.net", 443, "tcp", "tls-auth", "/k/ta.key"),
                new OpenVpnServer("tun2", "vpn.example.net", 1195, "udp", "tls-auth", "/k/ta.key", "none"),
                new OpenVpnServer(null, "2001:db8::7", 1194, "udp", "tls-crypt", "/k/tc.key")), 30);
        RouterProfile once = form(p).result().profile();
        assertThat(once.servers()).isEqualTo(p.servers());
        assertThat(once.serverPeriodSeconds()).isEqualTo(30);
    }

    @Test
    void aKeyDirectionIsKeptOnlyForTlsAuth() {
        var m = form(LAB);
        ServerRowModel r = m.servers.add();
        r.host.set("192.0.2.9");
        r.wrapping.set("tls-crypt");
        r.keyFile.set("/k/tc.key");
        r.keyDirection.set("0");
        assertThat(m.result().profile().servers().get(0).keyDirection()).isNull();
        r.wrapping.set("none");
        assertThat(m.result().profile().servers().get(0).keyFile()).as("no key file without wrapping").isNull();
    }
}
