package io.github.vpnfailover.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The command line for {@code vpnfailover check-openvpn} alone. Nagios starts the plugin for every check, so this
 * path builds no other subcommand, and usually not even picocli's model: no SSH, store, engine, logging or JSON
 * classes are loaded (decision 0111).
 */
public final class PluginCommandLine {
    /** The subcommand this command line serves; {@code Main} routes to it when it is the first argument. */
    public static final String NAME = "check-openvpn";

    private PluginCommandLine() {
    }

    /**
     * Runs {@code vpnfailover check-openvpn ARGS}: {@link PluginArgs} when it can read them, else picocli. Returns the
     * plugin exit code.
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CheckOpenVpnCommand fast = PluginArgs.read(args);
        if (fast != null) {
            return fast.run(out);
        }
        CommandLine cl = create();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    /** {@code vpnfailover} with only {@code check-openvpn} registered; output and exit codes as the full one's. */
    public static CommandLine create() {
        CommandLine root = new CommandLine(CommandSpec.create().name("vpnfailover"));
        root.addSubcommand(NAME, new CommandLine(new CheckOpenVpnCommand()));
        root.setExitCodeExceptionMapper(t -> ExitCodes.USAGE);
        root.setParameterExceptionHandler((ex, args) -> CheckOpenVpnCommand.reportParseError(ex));
        return root;
    }
}
