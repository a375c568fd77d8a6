package io.github.vpnfailover.cli;

import static io.github.vpnfailover.core.ValueRules.printable;

import io.github.vpnfailover.store.HistoryStore;
import io.github.vpnfailover.store.LegacyFormats;
import io.github.vpnfailover.store.MibWriter;
import io.github.vpnfailover.store.SettingsLoad;
import io.github.vpnfailover.store.SettingsStore;
import io.github.vpnfailover.store.StoreException;
import io.github.vpnfailover.store.StorePaths;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code export-legacy}: writes the history as an old MIB.json (and the policy as config.json). */
@Command(name = "export-legacy", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Export the history as the old MIB.json, byte for byte as the old manager "
        + "wrote it (and optionally config.json).")
final class ExportLegacyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--mib", required = true, paramLabel = "OUT", description = "Where to write MIB.json.")
    Path mib;

    @Option(names = "--config", paramLabel = "OUT", description = "Also write the policy as an old config.json.")
    Path config;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Settings and history folder (default: XDG folders).")
    Path dataDir;

    @Option(names = "--router", paramLabel = "NAME", description = "Which router's history (needed when there are several).")
    String router;

    @Option(names = "--time-format", paramLabel = "FORM", defaultValue = "original",
            description = "original (\"MM/DD hh:mm:ss\" local time, as the old manager wrote) or unix (seconds). Default: ${DEFAULT-VALUE}.")
    String timeFormat;

    @Option(names = "--time-zone", paramLabel = "ZONE", description = "Zone of the original times (default: this computer's).")
    String timeZone;

    @Override
    public Integer call() {
        MibWriter writer;
        Clock clock;
        try {
            clock = LegacyCommands.clock(timeZone);
            writer = new MibWriter(format(timeFormat), clock.getZone());
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("error: " + printable(e.getMessage()));
            return ExitCodes.USAGE;
        }
        StorePaths paths = StorePaths.fromEnvironment(dataDir);
        try (HistoryStore store = HistoryStore.open(paths.historyFile())) {
            String r = router;
            if (r == null) {
                List<String> routers = store.routers();
                if (routers.size() > 1) {
                    spec.commandLine().getErr().println(printable("error: the history has several routers " + routers + ": pick one with --router"));
                    return ExitCodes.USAGE;
                }
                r = routers.isEmpty() ? LegacyCommands.routerKey(null) : routers.get(0);
            }
            String chosen = r;
            List<String> tunnels = store.tunnels(chosen);
            int n = writer.write(mib, tunnels, (t, action) -> store.forEachNewestFirst(chosen, t, action));
            spec.commandLine().getOut().println(printable("wrote " + n + " samples of " + tunnels.size() + " tunnels of '" + chosen + "' to " + mib));
            if (config != null) {
                SettingsLoad load = new SettingsStore(paths.settingsFile(), clock).load();
                if (load.needsAttention()) {
                    throw new StoreException(load.detail());
                }
                new LegacyFormats(clock).writeConfig(config, LegacyFormats.fromPolicy(load.settings().policy()));
                spec.commandLine().getOut().println(printable("wrote the policy to " + config));
            }
            return ExitCodes.OK;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("error: " + printable(e.getMessage()));
            return ExitCodes.FAILURE;
        }
    }

    private static MibWriter.TimeFormat format(String s) {
        switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "original":
                return MibWriter.TimeFormat.ORIGINAL;
            case "unix":
                return MibWriter.TimeFormat.UNIX;
            default:
                throw new IllegalArgumentException("--time-format " + s + ": use original or unix");
        }
    }
}
