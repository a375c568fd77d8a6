package io.github.vpnfailover.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vpnfailover.core.Sample;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unreadable files are reported, kept aside with a time stamp (bytes unchanged) and never silently replaced:
 * a damaged or foreign history database, a history from a newer app, and settings that break between load and save.
 */
class CorruptFilesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void garbageHistoryIsReportedByOpenAndLeftUntouched() throws Exception {
        Path db = dir.resolve("history.db");
        byte[] garbage = "this is not a database, it is a shopping list\n".repeat(200).getBytes(StandardCharsets.UTF_8);
        Files.write(db, garbage);
        assertThatThrownBy(() -> HistoryStore.open(db)).isInstanceOf(CorruptHistoryException.class)
                .hasMessageContaining(db.toString()).hasMessageContaining("not a database");
        assertThat(Files.readAllBytes(db)).isEqualTo(garbage);
    }

    @Test
    void damagedHistoryIsKeptAsideWithItsWalAndANewOneStarts() throws Exception {
        Path db = dir.resolve("history.db");
        try (HistoryStore store = HistoryStore.open(db)) {
            store.append("r", sample("tun0", 1));
        }
        // A damaged header (as after a bad copy or a disk error), and WAL/SHM files beside it.
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.write("SQLite format 2\0".getBytes(StandardCharsets.US_ASCII));
        }
        Files.writeString(dir.resolve("history.db-wal"), "wal bytes");
        Files.writeString(dir.resolve("history.db-shm"), "shm bytes");
        byte[] damaged = Files.readAllBytes(db);

        HistoryOpen opened = HistoryStore.openOrKeepAside(db, CLOCK);
        try (HistoryStore fresh = opened.store()) {
            Path aside = dir.resolve("history.db.corrupt-20260304T050607Z");
            assertThat(opened.needsAttention()).isTrue();
            assertThat(opened.movedAside()).isEqualTo(aside);
            assertThat(opened.problem()).contains(db.toString()).contains(aside.toString()).contains("new history");
            assertThat(Files.readAllBytes(aside)).isEqualTo(damaged);
            assertThat(Files.readString(dir.resolve("history.db.corrupt-20260304T050607Z-wal"))).isEqualTo("wal bytes");
            assertThat(Files.readString(dir.resolve("history.db.corrupt-20260304T050607Z-shm"))).isEqualTo("shm bytes");
            assertThat(fresh.countSamples()).isZero();
            fresh.append("r", sample("tun0", 2));
            assertThat(fresh.countSamples()).isEqualTo(1);
        }
    }

    @Test
    void aSecondDamagedHistoryInTheSameSecondGetsItsOwnName() throws Exception {
        Path db = dir.resolve("history.db");
        Files.writeString(db, "garbage one ".repeat(100));
        HistoryStore.openOrKeepAside(db, CLOCK).store().close();
        Files.delete(db);
        Files.writeString(db, "garbage two ".repeat(100));
        HistoryOpen second = HistoryStore.openOrKeepAside(db, CLOCK);
        second.store().close();
        assertThat(second.movedAside()).isEqualTo(dir.resolve("history.db.corrupt-20260304T050607Z-2"));
        assertThat(Files.readString(dir.resolve("history.db.corrupt-20260304T050607Z"))).startsWith("garbage one");
        assertThat(Files.readString(second.movedAside())).startsWith("garbage two");
    }

    @Test
    void aHealthyHistoryIsOpenedAsItIs() throws Exception {
        Path db = dir.resolve("history.db");
        try (HistoryStore store = HistoryStore.open(db)) {
            store.append("r", sample("tun0", 1));
        }
        HistoryOpen opened = HistoryStore.openOrKeepAside(db, CLOCK);
        try (HistoryStore store = opened.store()) {
            assertThat(opened.needsAttention()).isFalse();
            assertThat(opened.problem()).isNull();
            assertThat(store.countSamples()).isEqualTo(1);
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("corrupt"));
        }
    }

    @Test
    void aHistoryFromANewerAppIsRefusedAndLeftUntouched() throws Exception {
        Path db = dir.resolve("history.db");
        try (HistoryStore store = HistoryStore.open(db)) {
            store.append("r", sample("tun0", 1));
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement()) {
            st.execute("PRAGMA user_version=9");
        }
        byte[] before = Files.readAllBytes(db);
        assertThatThrownBy(() -> HistoryStore.openOrKeepAside(db, CLOCK)).isInstanceOf(StoreException.class)
                .isNotInstanceOf(CorruptHistoryException.class)
                .hasMessageContaining("newer version").hasMessageContaining("left untouched");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM sample")) {
            assertThat(rs.getLong(1)).isEqualTo(1);
        }
    }

    @Test
    void settingsThatBreakBetweenLoadAndSaveAreKeptAsideNotOverwritten() throws Exception {
        Path file = dir.resolve("settings.json");
        SettingsStore store = new SettingsStore(file, CLOCK);
        store.save(Settings.defaults());
        assertThat(store.load().status()).isEqualTo(SettingsLoad.Status.OK);
        Files.writeString(file, "{\"version\": 1, \"policy\": ");
        store.save(Settings.defaults());
        assertThat(Files.readString(dir.resolve("settings.json.corrupt-20260304T050607Z"))).isEqualTo("{\"version\": 1, \"policy\": ");
        assertThat(store.load().status()).isEqualTo(SettingsLoad.Status.OK);
    }

    @Test
    void twoCorruptSettingsInTheSameSecondAreBothKept() throws Exception {
        Path file = dir.resolve("settings.json");
        SettingsStore store = new SettingsStore(file, CLOCK);
        Files.writeString(file, "first [");
        assertThat(store.load().status()).isEqualTo(SettingsLoad.Status.CORRUPT);
        Files.writeString(file, "second {");
        SettingsLoad second = store.load();
        assertThat(second.movedAside()).isEqualTo(dir.resolve("settings.json.corrupt-20260304T050607Z-2"));
        assertThat(Files.readString(dir.resolve("settings.json.corrupt-20260304T050607Z"))).isEqualTo("first [");
        assertThat(Files.readString(second.movedAside())).isEqualTo("second {");
    }

    private static Sample sample(String tunnel, long seconds) {
        return new Sample(tunnel, Instant.ofEpochSecond(seconds), 10.0, 9.0, 11.0, 1.0, 0.0, 50.0, 10.0, null);
    }

    static List<String> names(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
