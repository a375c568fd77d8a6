package io.github.vpnfailover.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.core.Weights;
import io.github.vpnfailover.core.ScoringMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneOffset.UTC);

    @Test
    void savesOwnerOnlyAndLoadsBackWithProfilesAndThisComputerFirst() throws Exception {
        Path file = dir.resolve("cfg/vpnfailover/settings.json");
        SettingsStore store = new SettingsStore(file, clock);
        RouterProfile home = new RouterProfile("home", "192.0.2.1", 22, "root", "/root/.ssh/id_ed25519",
                List.of(new OpenVpnServer("tun0", "vpn.example", 1194, "udp", "tls-crypt", "/etc/openvpn/tc.key")));
        Policy p = new Policy(new Weights(1, 2, 3, 4), 5, 0.25, 30, 60, ScoringMode.CLASSIC, false, Policy.defaults().measure());
        store.save(Settings.defaults().withPolicy(p).withRouters(List.of(home)));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        assertThat(Files.readString(file)).doesNotContainIgnoringCase("password");
        SettingsLoad load = store.load();
        assertThat(load.status()).isEqualTo(SettingsLoad.Status.OK);
        assertThat(load.settings().policy()).isEqualTo(p);
        assertThat(load.settings().routers()).extracting(RouterProfile::name).containsExactly(RouterProfile.LOCAL_NAME, "home");
        assertThat(load.settings().routers().get(1)).isEqualTo(home);
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("settings.json");
        }
    }

    @Test
    void missingFileGivesDefaultsAndSaysSo() throws Exception {
        SettingsLoad load = new SettingsStore(dir.resolve("settings.json"), clock).load();
        assertThat(load.status()).isEqualTo(SettingsLoad.Status.MISSING);
        assertThat(load.settings().routers()).extracting(RouterProfile::name).containsExactly(RouterProfile.LOCAL_NAME);
    }

    @Test
    void corruptFileIsMovedAsideAndReportedNeverOverwritten() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"version\": 1, \"policy\": {\"depth\": ");
        SettingsLoad load = new SettingsStore(file, clock).load();
        assertThat(load.status()).isEqualTo(SettingsLoad.Status.CORRUPT);
        assertThat(load.movedAside()).isEqualTo(dir.resolve("settings.json.corrupt-20260304T050607Z"));
        assertThat(Files.readString(load.movedAside())).isEqualTo("{\"version\": 1, \"policy\": {\"depth\": ");
        assertThat(file).doesNotExist();
        assertThat(load.detail()).contains("corrupt").contains(load.movedAside().toString());
    }

    @Test
    void fileWithOutOfRangePolicyIsReportedAsCorrupt() throws Exception {
        Path file = dir.resolve("settings.json");
        new SettingsStore(file, clock).save(Settings.defaults());
        Files.writeString(file, Files.readString(file).replace("\"depth\" : 3", "\"depth\" : 0"));
        SettingsLoad load = new SettingsStore(file, clock).load();
        assertThat(load.status()).isEqualTo(SettingsLoad.Status.CORRUPT);
        assertThat(load.detail()).contains("depth = 0");
    }

    @Test
    void newerVersionIsReportedAndNotOverwritten() throws Exception {
        Path file = dir.resolve("settings.json");
        String future = "{\"version\": 7, \"somethingNew\": true}";
        Files.writeString(file, future);
        SettingsStore store = new SettingsStore(file, clock);
        assertThat(store.load().status()).isEqualTo(SettingsLoad.Status.TOO_NEW);
        assertThatThrownBy(() -> store.save(Settings.defaults())).isInstanceOf(SettingsTooNewException.class)
                .hasMessageContaining("version 7");
        assertThat(Files.readString(file)).isEqualTo(future);
    }

    @Test
    void pathsFollowXdgAndDataDirOverridesBoth() {
        Path home = Path.of("/home/u");
        assertThat(StorePaths.resolve(null, Map.of(), home))
                .isEqualTo(new StorePaths(Path.of("/home/u/.config/vpnfailover"), Path.of("/home/u/.local/share/vpnfailover")));
        assertThat(StorePaths.resolve(null, Map.of("XDG_CONFIG_HOME", "/c", "XDG_DATA_HOME", "/d"), home))
                .isEqualTo(new StorePaths(Path.of("/c/vpnfailover"), Path.of("/d/vpnfailover")));
        assertThat(StorePaths.resolve(null, Map.of("XDG_CONFIG_HOME", "relative"), home).configDir())
                .isEqualTo(Path.of("/home/u/.config/vpnfailover"));
        assertThat(StorePaths.resolve(Path.of("/x"), Map.of("XDG_CONFIG_HOME", "/c"), home))
                .isEqualTo(new StorePaths(Path.of("/x"), Path.of("/x")));
    }
}
