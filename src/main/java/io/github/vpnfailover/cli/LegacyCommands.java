package io.github.vpnfailover.cli;

import static io.github.vpnfailover.core.ValueRules.printable;

import io.github.vpnfailover.store.LegacyFormats;
import io.github.vpnfailover.store.LegacyImport;
import io.github.vpnfailover.store.MibReader;
import io.github.vpnfailover.store.SettingsStore;
import io.github.vpnfailover.store.StoreException;
import io.github.vpnfailover.store.StorePaths;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;

/** Shared bits of import-legacy, export-legacy and score. */
final class LegacyCommands {

    private LegacyCommands() {
    }

    /** The store key of a router: its --host, or "This computer". */
    static String routerKey(String host) {
        return io.github.vpnfailover.engine.SessionSpec.routerKey(host);
    }

    /** The system clock in {@code zone} (an id such as Europe/Berlin), or in the system's zone when null. */
    static Clock clock(String zone) {
        if (zone == null) {
            return Clock.systemDefaultZone();
        }
        try {
            return Clock.system(ZoneId.of(zone));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("--time-zone " + zone + ": not a time zone (use an id such as Europe/Berlin or UTC)");
        }
    }

    static int importFiles(StorePaths paths, Path config, Path mib, String router, Clock clock, Integer newestYear,
            PrintWriter out) throws StoreException {
        var result = new LegacyImport(new SettingsStore(paths.settingsFile(), clock), paths.historyFile(),
                new LegacyFormats(clock), new MibReader(clock, newestYear)).run(config, mib, router);
        if (result.settingsNote() != null) {
            out.println(printable("note: " + result.settingsNote() + "; the import started from the default settings"));
        }
        if (result.policy() != null) {
            var p = result.policy();
            out.println(printable("imported " + config + " into " + paths.settingsFile() + " (classic scoring, interval "
                    + p.intervalSeconds() + " s, auto-failover " + (p.autoFailover() ? "on" : "off: turn it on when you are ready") + ")"));
        }
        if (result.mib() != null) {
            var m = result.mib();
            out.println(printable("imported " + result.added() + " samples of " + m.tunnels().size() + " tunnels into "
                    + paths.historyFile() + " as router '" + router + "'" + (result.skipped() == 0 ? ""
                    : "; " + result.skipped() + " skipped: the same router, tunnel and time is in the history already")));
            String times = m.times().describe();
            if (!times.isEmpty()) {
                out.println(printable("times: " + times));
            }
        }
        return ExitCodes.OK;
    }
}
