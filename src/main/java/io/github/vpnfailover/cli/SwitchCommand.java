package io.github.vpnfailover.cli;

import static io.github.vpnfailover.core.ValueRules.printable;

import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.RouteMode;
import io.github.vpnfailover.router.InterfaceName;
import io.github.vpnfailover.router.SwitchResult;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vpnfailover switch}: points the router's routes at a tunnel and verifies them. */
@Command(name = "switch", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Move the router's traffic to TUNNEL and read the routes back; exit 0 only when verified.")
public final class SwitchCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Parameters(index = "0", paramLabel = "TUNNEL", description = "The tunnel interface to switch to.")
    String tunnel;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "def1",
            description = "def1 (0.0.0.0/1 + 128.0.0.0/1, default), default (replace the default route) or command.")
    String mode;

    @Option(names = "--command", paramLabel = "TEMPLATE",
            description = "For --mode command: the command to run, with {iface} and {peer} filled in (quoted).")
    String template;

    @Mixin
    SwitchFlags switchFlags;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Spec
    CommandSpec spec;

    private final ShellFactory shells;

    public SwitchCommand() {
        this(ShellFactory.standard());
    }

    SwitchCommand(ShellFactory shells) {
        this.shells = shells;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String problem = problem();
        if (problem != null) {
            err.println("error: " + printable(problem));
            err.flush();
            return ExitCodes.USAGE;
        }
        MeasureSettings d = MeasureSettings.defaults();
        MeasureSettings settings = new MeasureSettings(d.tunnelPattern(), d.pingTargets(), d.pingCount(),
                d.pingIntervalSeconds(), d.downloadUrl(), d.uploadUrl(), d.maxBytes(), d.maxSeconds(),
                RouteMode.valueOf(mode.toUpperCase(Locale.ROOT)), template);
        return RouterCommandRunner.run(shells, connection, switchFlags.options(), err, router -> {
            SwitchResult r = router.switchTo(tunnel, settings);
            out.print(json ? Json.write(Json.switchResult(r)) + System.lineSeparator() : Tables.switchResult(r));
            out.flush();
            return r.verified() ? ExitCodes.OK : ExitCodes.FAILURE;
        });
    }

    private String problem() {
        String why = InterfaceName.problem(tunnel);
        if (why != null) {
            return "TUNNEL '" + tunnel + "': " + why;
        }
        if (switchFlags.problem() != null) {
            return switchFlags.problem();
        }
        if (!mode.matches("(?i)def1|default|command")) {
            return "--mode '" + mode + "': must be def1, default or command";
        }
        boolean isCommand = mode.equalsIgnoreCase("command");
        if (isCommand && (template == null || template.isBlank())) {
            return "--command: --mode command needs a command template";
        }
        if (!isCommand && template != null) {
            return "--command: only used with --mode command";
        }
        return null;
    }
}
