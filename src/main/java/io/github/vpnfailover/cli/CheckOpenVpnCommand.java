package io.github.vpnfailover.cli;

import io.github.vpnfailover.probe.AddressFamily;
import io.github.vpnfailover.probe.OpenVpnProbe;
import io.github.vpnfailover.probe.ProbeRequest;
import io.github.vpnfailover.probe.ProbeResult;
import io.github.vpnfailover.probe.Proto;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code check-openvpn}: a Nagios/Icinga plugin with check_openvpn's flags. Exit codes follow the plugin
 * convention (0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN), not {@link ExitCodes}.
 */
@Command(name = "check-openvpn", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {"Checks that an OpenVPN server answers a client hard reset (a Nagios/Icinga plugin).",
            "Prints one line OK/WARNING/CRITICAL/UNKNOWN with perfdata; exits 0/1/2/3."})
public final class CheckOpenVpnCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "HOST", description = "Server name or address (every address it resolves to is tried).")
    String host;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", description = "Server port (default 1194).")
    int port = ProbeRequest.DEFAULT_PORT;

    @Option(names = {"-t", "--tcp"}, description = "Use TCP instead of UDP.")
    boolean tcp;

    @Option(names = "--timeout", paramLabel = "S", description = "Seconds per try (default 2).")
    double timeoutSeconds = 2;

    @Option(names = "--retrycount", paramLabel = "N", description = "Tries per address, UDP and TCP (default 3).")
    int retryCount = 3;

    @CommandLine.Mixin
    WrappingOptions wrapping = new WrappingOptions();

    @Option(names = "--no-validation", description = "Accept any reply from the server's address and port as OK.")
    boolean noValidation;

    @Option(names = "-4", description = "Try IPv4 addresses only.")
    boolean ipv4;

    @Option(names = "-6", description = "Try IPv6 addresses only.")
    boolean ipv6;

    @Option(names = "--json", description = "Print one JSON object instead of the plugin line (exit codes unchanged).")
    boolean json;

    private final OpenVpnProbe probe;

    /** The command with the real resolver. */
    public CheckOpenVpnCommand() {
        this(new OpenVpnProbe());
    }

    /** The command with a given probe (tests inject a resolver that never touches DNS). */
    public CheckOpenVpnCommand(OpenVpnProbe probe) {
        this.probe = probe;
    }

    @Override
    public Integer call() {
        return run(spec.commandLine().getOut());
    }

    /** Runs the check with the options as set (by picocli or {@link PluginArgs}) and prints to {@code out}. */
    int run(PrintWriter out) {
        PluginOutput output = new PluginOutput(out, json, host, port, tcp ? Proto.TCP : Proto.UDP);
        ProbeRequest request;
        try {
            request = request();
        } catch (UsageProblem e) {
            return output.print(ProbeResult.unknown(e.getMessage()), "");
        }
        try {
            return output.print(probe.probe(request), request.wrapping().describe());
        } catch (RuntimeException e) {
            // A plugin that crashes must still say UNKNOWN, or the monitoring shows a misleading state.
            return output.print(ProbeResult.unknown("internal error: " + e), request.wrapping().describe());
        }
    }

    private ProbeRequest request() throws UsageProblem {
        if (ipv4 && ipv6) {
            throw new UsageProblem("-4 and -6 exclude each other: give one");
        }
        if (!(timeoutSeconds > 0) || timeoutSeconds > 3600) {
            throw new UsageProblem("--timeout must be above 0 and at most 3600 seconds, not " + timeoutSeconds);
        }
        AddressFamily family = ipv4 ? AddressFamily.IPV4 : ipv6 ? AddressFamily.IPV6 : AddressFamily.ANY;
        try {
            return new ProbeRequest(host, port, tcp ? Proto.TCP : Proto.UDP,
                    Duration.ofNanos(Math.round(timeoutSeconds * 1e9)), retryCount, wrapping.build(), family,
                    !noValidation);
        } catch (IllegalArgumentException e) {
            throw new UsageProblem(e.getMessage());
        }
    }

    /** Maps a picocli parse error to the plugin's UNKNOWN line and exit code 3. */
    static int reportParseError(CommandLine.ParameterException ex) {
        PluginOutput.unknownLine(ex.getCommandLine().getOut(), ex.getMessage());
        return PluginOutput.UNKNOWN_EXIT;
    }
}
