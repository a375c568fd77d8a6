package io.github.vpnfailover.store;

import io.github.vpnfailover.core.Sample;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Run by {@link OwnerOnlyFilesTest} in a child JVM started under {@code umask 000}: writes settings, a history
 * (kept open so its -wal and -shm exist) and an MIB.json export into folders that do not exist yet, prints
 * "ready" and waits to be stopped.
 */
public final class OwnerOnlyChild {

    private OwnerOnlyChild() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        StorePaths paths = new StorePaths(root.resolve("config/vpnfailover"), root.resolve("data/vpnfailover"));
        new SettingsStore(paths.settingsFile(), Clock.systemUTC()).save(Settings.defaults());
        try (HistoryStore store = HistoryStore.open(paths.historyFile())) {
            Sample s = new Sample("tun0", Instant.ofEpochSecond(1_700_000_000), 10.0, 9.0, 11.0, 1.0, 0.0, 50.0, 10.0, null);
            store.append("r", s);
            new LegacyFormats().writeMib(root.resolve("export/MIB.json"), Map.of("tun0", List.of(s)));
            System.out.println("ready");
            System.out.flush();
            Thread.sleep(60_000);
        }
    }
}
