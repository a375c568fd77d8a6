package io.github.vpnfailover.cli;

import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.Tunnel;
import io.github.vpnfailover.router.ActiveRoutes;
import java.io.PrintWriter;
import io.github.vpnfailover.router.WireGuardHandshake;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vpnfailover tunnels}: the router's tunnels, their state and which one is active. */
@Command(name = "tunnels", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the router's tunnels, their state and which one carries the default traffic.")
public final class TunnelsCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Spec
    CommandSpec spec;

    private final ShellFactory shells;

    public TunnelsCommand() {
        this(ShellFactory.standard());
    }

    TunnelsCommand(ShellFactory shells) {
        this.shells = shells;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        return RouterCommandRunner.run(shells, connection, spec.commandLine().getErr(), router -> {
            List<Tunnel> tunnels = router.listTunnels(MeasureSettings.defaults());
            ActiveRoutes routes = router.activeRoutes();
            String active = routes.ipv4();
            Map<String, WireGuardHandshake> handshakes = router.handshakes(tunnels.stream().filter(Tunnel::isUsable)
                    .map(Tunnel::name).toList());
            if (json) {
                out.println(Json.write(tunnels.stream()
                        .map(t -> Json.tunnel(t, t.name().equals(active), handshakes.get(t.name()), routes)).toList()));
            } else {
                out.print(Tables.tunnels(tunnels, active, handshakes, routes));
            }
            out.flush();
            return ExitCodes.OK;
        });
    }
}
