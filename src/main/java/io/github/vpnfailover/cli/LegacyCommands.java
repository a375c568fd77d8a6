package io.github.vpnfailover.cli;

import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.store.HistoryStore;
import io.github.vpnfailover.store.LegacyFormats;
import io.github.vpnfailover.store.SettingsLoad;
import io.github.vpnfailover.store.SettingsStore;
import io.github.vpnfailover.store.StoreException;
import io.github.vpnfailover.store.StorePaths;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Shared bits of import-legacy and export-legacy. */
final class LegacyCommands {

    private LegacyCommands() {
    }

    /** The store key of a router: its --host, or "This computer". */
    static String routerKey(String host) {
        return io.github.vpnfailover.engine.SessionSpec.routerKey(host);
    }

    static int importFiles(StorePaths paths, java.nio.file.Path config, java.nio.file.Path mib, String router, PrintWriter out)
            throws StoreException {
        LegacyFormats legacy = new LegacyFormats();
        if (config != null) {
            SettingsStore settings = new SettingsStore(paths.settingsFile(), Clock.systemUTC());
            SettingsLoad load = settings.load();
            if (load.needsAttention()) {
                throw new StoreException(load.detail());
            }
            var policy = LegacyFormats.toPolicy(legacy.readConfig(config), load.settings().policy());
            settings.save(load.settings().withPolicy(policy));
            out.println("imported " + config + " into " + paths.settingsFile() + " (classic scoring, interval " + policy.intervalSeconds() + " s)");
        }
        if (mib != null) {
            Map<String, List<Sample>> h = legacy.readMib(mib);
            try (HistoryStore store = HistoryStore.open(paths.historyFile())) {
                int n = 0;
                for (var e : h.entrySet()) {
                    store.appendAll(router, e.getValue());
                    n += e.getValue().size();
                }
                out.println("imported " + n + " samples of " + h.size() + " tunnels into " + paths.historyFile() + " as router '" + router + "'");
            }
        }
        return ExitCodes.OK;
    }
}
