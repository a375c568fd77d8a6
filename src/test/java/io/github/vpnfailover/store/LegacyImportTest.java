package io.github.vpnfailover.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.core.ScoringMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import-legacy's promises: both files or neither, nothing twice, and auto-failover off until someone chose it. */
class LegacyImportTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-07T10:00:00Z"), ZoneId.of("Europe/Berlin"));
    private static final String CONFIG = "{\"depth\": 5, \"threshold\": 0.15, \"delay\": 100, \"uploadWeight\": 0.3, "
            + "\"downloadWeight\": 0.5, \"latencyWeight\": 0.2}";
    private static final String MIB = "{\"tun0\": [{\"latency\": 61.0, \"download\": 26.53, \"upload\": 1.14, \"time\": \"04/06 16:08:16\"}, "
            + "{\"latency\": 94.3, \"download\": 7.66, \"upload\": 2.2, \"time\": \"04/06 16:05:58\"}], "
            + "\"tun1\": [{\"latency\": 129.675, \"download\": 9.28, \"upload\": 1.65, \"time\": \"04/06 16:08:16\"}]}";

    @TempDir
    Path dir;

    private Path settingsFile() {
        return dir.resolve("settings.json");
    }

    private LegacyImport importer(LegacyImport.SettingsWriter writer) {
        SettingsStore settings = new SettingsStore(settingsFile(), CLOCK);
        return new LegacyImport(settings, writer == null ? settings::save : writer, dir.resolve("history.db"),
                new LegacyFormats(CLOCK), new MibReader(CLOCK, null));
    }

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private long rows() throws StoreException {
        try (HistoryStore h = HistoryStore.open(dir.resolve("history.db"))) {
            return h.countSamples();
        }
    }

    private void saveSettingsWithAutoFailover(boolean on) throws StoreException {
        new SettingsStore(settingsFile(), CLOCK).save(Settings.defaults().withPolicy(Policy.defaults().withAutoFailover(on)));
    }

    @Test
    void aBadMibLeavesSettingsByteForByteAndAddsNoRows() throws Exception {
        saveSettingsWithAutoFailover(true);
        byte[] before = Files.readAllBytes(settingsFile());
        Path bad = file("MIB.json", MIB.replace("94.3", "1e400"));
        assertThatThrownBy(() -> importer(null).run(file("config.json", CONFIG), bad, "r"))
                .hasMessageContaining("tun0[1]").hasMessageContaining("'latency' is 1E+400, not a finite number");
        assertThat(Files.readAllBytes(settingsFile())).isEqualTo(before);
        assertThat(rows()).isZero();
    }

    @Test
    void aFailedSettingsSaveAddsNoRows() throws Exception {
        LegacyImport failing = importer(s -> {
            throw new StoreException("disk full (simulated)");
        });
        assertThatThrownBy(() -> failing.run(file("config.json", CONFIG), file("MIB.json", MIB), "r")).hasMessageContaining("disk full");
        assertThat(rows()).isZero();
        assertThat(Files.exists(settingsFile())).isFalse();
    }

    @Test
    void importingTheSameFileTwiceAddsNoRows() throws Exception {
        Path mib = file("MIB.json", MIB);
        LegacyImport.Result first = importer(null).run(null, mib, "r");
        LegacyImport.Result second = importer(null).run(null, mib, "r");
        assertThat(first.added()).isEqualTo(3);
        assertThat(second.added()).isZero();
        assertThat(second.skipped()).isEqualTo(3);
        assertThat(rows()).isEqualTo(3);
        // The key is router, tunnel and time: another router's copy is its own history.
        assertThat(importer(null).run(null, mib, "other").added()).isEqualTo(3);
    }

    @Test
    void anImportIntoAFolderWithoutSettingsKeepsAutoFailoverOff() throws Exception {
        LegacyImport.Result r = importer(null).run(file("config.json", CONFIG), file("MIB.json", MIB), "r");
        assertThat(r.policy().autoFailover()).isFalse();
        assertThat(r.policy().scoring()).isEqualTo(ScoringMode.CLASSIC);
        SettingsLoad load = new SettingsStore(settingsFile(), CLOCK).load();
        assertThat(load.status()).isEqualTo(SettingsLoad.Status.OK);
        assertThat(load.settings().policy().autoFailover()).isFalse();
        assertThat(load.settings().policy().intervalSeconds()).isEqualTo(100);
    }

    @Test
    void anImportKeepsAnAutoFailoverTheOperatorTurnedOn() throws Exception {
        saveSettingsWithAutoFailover(true);
        assertThat(importer(null).run(file("config.json", CONFIG), null, "r").policy().autoFailover()).isTrue();
    }

    @Test
    void aCorruptSettingsFileIsKeptAsideAndTheImportStartsWithAutoFailoverOff() throws Exception {
        Files.writeString(settingsFile(), "{\"version\": 1, \"policy\": {\"depth\": ");
        LegacyImport.Result r = importer(null).run(file("config.json", CONFIG), null, "r");
        assertThat(r.settingsNote()).contains("was corrupt").contains("kept as");
        assertThat(r.policy().autoFailover()).isFalse();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("settings.json.corrupt-"));
        }
    }

    @Test
    void aTooNewSettingsFileRefusesTheImportAndKeepsEverything() throws Exception {
        Files.writeString(settingsFile(), "{\"version\": 99}");
        assertThatThrownBy(() -> importer(null).run(file("config.json", CONFIG), file("MIB.json", MIB), "r"))
                .hasMessageContaining("version 99").hasMessageContaining("nothing was imported");
        assertThat(Files.readString(settingsFile())).isEqualTo("{\"version\": 99}");
        assertThat(rows()).isZero();
    }

    @Test
    void defaultsInPlaceOfAMissingCorruptOrTooNewFileHaveAutoFailoverOff() throws Exception {
        SettingsStore store = new SettingsStore(settingsFile(), CLOCK);
        assertThat(store.load().firstRunSafe().settings().policy().autoFailover()).isFalse();
        Files.writeString(settingsFile(), "not json");
        assertThat(store.load().firstRunSafe().settings().policy().autoFailover()).isFalse();
        Files.writeString(settingsFile(), "{\"version\": 99}");
        assertThat(store.load().firstRunSafe().settings().policy().autoFailover()).isFalse();
        Files.delete(settingsFile());
        saveSettingsWithAutoFailover(true);
        assertThat(store.load().firstRunSafe().settings().policy().autoFailover()).isTrue();
    }
}
