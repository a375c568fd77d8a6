package io.github.vpnfailover.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A profile's OpenVPN servers with their key direction and the probe period (decisions 0212 and 0213) in settings
 * version 2: the exact bytes, the same profile read back, a version-2 file without them read as the defaults, and a
 * value the probe would refuse reported at load naming the field.
 */
class SettingsServersTest {

    static final RouterProfile LAB_SERVERS = SettingsVersionTwoTest.LAB.withServers(List.of(
            new OpenVpnServer("tun0", "vpn1.example.net", 1194, "udp", "none", null),
            new OpenVpnServer("tun1", "192.0.2.7", 443, "tcp", "tls-auth", "/etc/openvpn/ta.key", "0"),
            new OpenVpnServer(null, "2001:db8::7", 1194, "udp", "tls-crypt-v2", "/etc/openvpn/client-v2.key")), 15);

    @TempDir
    Path dir;

    @Test
    void serversAndPeriodAreWrittenExactly() throws Exception {
        Path f = dir.resolve("settings.json");
        new SettingsStore(f, Clock.systemUTC()).save(Settings.defaults().withPolicy(SettingsFormatTest.WRITTEN)
                .withRouters(List.of(LAB_SERVERS)).withSelectedRouter("Lab"));
        assertThat(Files.readString(f)).isEqualTo(SettingsVersionTwoTest.fixture("v2-lab-servers.json"));
    }

    @Test
    void theBytesLoadAsWritten() throws Exception {
        Settings s = load(SettingsVersionTwoTest.fixture("v2-lab-servers.json"));
        assertThat(s.router("Lab")).isEqualTo(LAB_SERVERS);
        assertThat(s.router("Lab").serverPeriod()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void aVersionTwoFileWithoutThemReadsAsTheDefaults() throws Exception {
        RouterProfile lab = load(SettingsVersionTwoTest.fixture("v2-lab-router.json")).router("Lab");
        assertThat(lab.serverPeriodSeconds()).isNull();
        assertThat(lab.serverPeriod()).isEqualTo(Duration.ofSeconds(RouterProfile.DEFAULT_SERVER_PERIOD));
        assertThat(lab.servers()).isEmpty();
    }

    @Test
    void aPeriodOutsideItsRangeIsReportedAtLoad() throws Exception {
        assertCorrupt(SettingsVersionTwoTest.fixture("v2-lab-servers.json").replace("\"serverPeriodSeconds\" : 15", "\"serverPeriodSeconds\" : 4"),
                "routers[1].serverPeriodSeconds = 4 is outside 5-3600");
    }

    @Test
    void aServerTheProbeWouldRefuseIsReportedAtLoadNamingIt() throws Exception {
        String text = SettingsVersionTwoTest.fixture("v2-lab-servers.json");
        assertCorrupt(text.replace("\"192.0.2.7\"", "\"192.0.2.7;id\""), "routers[1].servers[1].host = '192.0.2.7;id' is not");
        assertCorrupt(text.replace("\"keyDirection\" : \"0\"", "\"keyDirection\" : \"2\""), "routers[1].servers[1].keyDirection = '2' is not 0, 1 or none");
        assertCorrupt(text.replace("\"tcp\"", "\"sctp\""), "routers[1].servers[1].proto = 'sctp' is not udp or tcp");
        assertCorrupt(text.replace("\"serverPeriodSeconds\" : 15", "\"serverPeriodSeconds\" : 15,\n    \"held\" : [ \"tun;id\" ]"),
                "routers[1].held[0] = 'tun;id': ");
        assertCorrupt(text.replace("\"/etc/openvpn/client-v2.key\"", "null"), "routers[1].servers[2].keyFile = tls-crypt-v2 needs its key file");
    }

    private void assertCorrupt(String text, String detail) throws Exception {
        Path f = dir.resolve("bad-" + Math.abs(text.hashCode()) + ".json");
        Files.writeString(f, text);
        SettingsLoad load = new SettingsStore(f, Clock.systemUTC()).load();
        assertThat(load.status()).as(load.detail()).isEqualTo(SettingsLoad.Status.CORRUPT);
        assertThat(load.detail()).contains(detail);
    }

    private Settings load(String text) throws Exception {
        Path f = dir.resolve("settings.json");
        Files.writeString(f, text);
        SettingsLoad load = new SettingsStore(f, Clock.systemUTC()).load();
        assertThat(load.status()).as(load.detail()).isEqualTo(SettingsLoad.Status.OK);
        return load.settings();
    }
}
