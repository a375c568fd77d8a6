package io.github.vpnfailover.cli;

import static io.github.vpnfailover.core.ValueRules.printable;

import io.github.vpnfailover.store.StoreException;
import io.github.vpnfailover.store.StorePaths;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code import-legacy}: brings the old config.json and MIB.json into the app's settings and history. */
@Command(name = "import-legacy", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Import the old manager's config.json and/or MIB.json "
        + "(both checked first, then written together or not at all; importing again adds nothing twice).")
final class ImportLegacyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "Old config.json: becomes the policy (classic scoring).")
    Path config;

    @Option(names = "--mib", paramLabel = "FILE", description = "Old MIB.json: its measurements are added to the history.")
    Path mib;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Settings and history folder (default: XDG folders).")
    Path dataDir;

    @Option(names = "--router", paramLabel = "NAME", description = "Router the history belongs to (default: \"This computer\"; use the --host you run with).")
    String router;

    @Option(names = "--time-zone", paramLabel = "ZONE", description = "Zone of MIB.json's \"MM/DD hh:mm:ss\" times: where the old manager ran (default: this computer's).")
    String timeZone;

    @Option(names = "--newest-year", paramLabel = "YEAR", description = "Year of each tunnel's newest \"MM/DD\" record, when the inferred one is wrong.")
    Integer newestYear;

    @Override
    public Integer call() {
        if (config == null && mib == null) {
            spec.commandLine().getErr().println("error: give --config, --mib or both");
            return ExitCodes.USAGE;
        }
        try {
            return LegacyCommands.importFiles(StorePaths.fromEnvironment(dataDir), config, mib,
                    router != null ? router : LegacyCommands.routerKey(null), LegacyCommands.clock(timeZone), newestYear,
                    spec.commandLine().getOut());
        } catch (StoreException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("error: " + printable(e.getMessage()));
            return ExitCodes.USAGE;
        }
    }
}
