package io.github.vpnfailover.cli;

import static io.github.vpnfailover.core.ValueRules.printable;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code vpnfailover} command and its subcommands. */
@Command(name = "vpnfailover",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Keeps a Linux router on its best VPN tunnel. Without arguments it opens the desktop app.",
        subcommands = {CommandLine.HelpCommand.class,
            TunnelsCommand.class, MeasureCommand.class, SwitchCommand.class,
            RunCommand.class, ScoreCommand.class, ImportLegacyCommand.class, ExportLegacyCommand.class,
            CheckOpenVpnCommand.class})
public final class RootCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Builds the command line with every subcommand registered; exit codes follow {@link ExitCodes}. */
    public static CommandLine commandLine() {
        return commandLine(CommandLine.defaultFactory());
    }

    /** The same, with picocli creating commands through {@code factory} (tests inject shells this way). */
    public static CommandLine commandLine(CommandLine.IFactory factory) {
        CommandLine cl = new CommandLine(new RootCommand(), factory);
        cl.setExitCodeExceptionMapper(t -> ExitCodes.USAGE);
        cl.setParameterExceptionHandler((ex, args) -> {
            if (ex.getCommandLine().getCommand() instanceof CheckOpenVpnCommand) {
                // A monitoring plugin must say UNKNOWN (exit 3) for bad arguments, not our usage code.
                return CheckOpenVpnCommand.reportParseError(ex);
            }
            ex.getCommandLine().getErr().println("error: " + printable(ex.getMessage()));
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return ExitCodes.USAGE;
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
