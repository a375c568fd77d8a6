package io.github.vpnfailover.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.Ipv6Mode;
import io.github.vpnfailover.core.SwitchOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A profile's switch options (decisions 0171, 0172) in settings.json: read as written, defaults when absent, bad values named. */
class SwitchingProfileTest {

    @TempDir
    Path dir;

    private SettingsLoad load(String switching) throws Exception {
        Path f = dir.resolve("settings.json");
        Files.writeString(f, "{\"version\": 2, \"routers\": [{\"name\": \"Lab\", \"host\": \"192.0.2.1\"" + switching + "}]}");
        return new SettingsStore(f, Clock.systemUTC()).load();
    }

    private static RouterProfile lab(SettingsLoad l) {
        return l.settings().routers().stream().filter(r -> r.name().equals("Lab")).findFirst().orElseThrow();
    }

    @Test
    void leaveAndNoFlushAreReadAndAMissingFieldIsTheDefaults() throws Exception {
        SettingsLoad set = load(", \"switching\": {\"ipv6\": \"leave\", \"flushConntrack\": false}");
        assertThat(set.status()).as(set.detail()).isEqualTo(SettingsLoad.Status.OK);
        assertThat(lab(set).switchingOrDefaults()).isEqualTo(new SwitchOptions(Ipv6Mode.LEAVE, false));
        SettingsLoad half = load(", \"switching\": {\"ipv6\": \"block\"}");
        assertThat(lab(half).switchingOrDefaults().flushConntrack()).isTrue();
        assertThat(lab(load("")).switchingOrDefaults()).isEqualTo(SwitchOptions.defaults());
    }

    @Test
    void aBadIpv6ValueKeepsTheFileAsideNamingTheField() throws Exception {
        SettingsLoad bad = load(", \"switching\": {\"ipv6\": \"sideways\"}");
        assertThat(bad.status()).isEqualTo(SettingsLoad.Status.CORRUPT);
        assertThat(bad.detail()).contains("switching.ipv6");
    }
}
