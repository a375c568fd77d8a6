package io.github.vpnfailover.cli;

import static io.github.vpnfailover.core.ValueRules.printable;

import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.core.Tunnel;
import io.github.vpnfailover.router.HostAddress;
import io.github.vpnfailover.router.HttpUrl;
import io.github.vpnfailover.router.InterfaceName;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vpnfailover measure}: one sequential measuring cycle over the router's tunnels. */
@Command(name = "measure", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Measure every tunnel (or those named with --tunnel) once, one after another.")
public final class MeasureCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Mixin
    MeasureOptions measure;

    @Option(names = "--json", description = "Print a JSON array of samples instead of a table.")
    boolean json;

    @Spec
    CommandSpec spec;

    private final ShellFactory shells;

    public MeasureCommand() {
        this(ShellFactory.standard());
    }

    MeasureCommand(ShellFactory shells) {
        this.shells = shells;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        MeasureSettings settings = measure.applyTo(MeasureSettings.defaults());
        String problem = problem(settings, measure.tunnels());
        if (problem != null) {
            err.println("error: " + printable(problem));
            err.flush();
            return ExitCodes.USAGE;
        }
        return RouterCommandRunner.run(shells, connection, err, router -> {
            List<Tunnel> listed = router.listTunnels(settings);
            List<String> names = new ArrayList<>();
            if (measure.tunnels().isEmpty()) {
                listed.stream().filter(Tunnel::isUsable).forEach(t -> names.add(t.name()));
            } else {
                for (String wanted : measure.tunnels()) {
                    if (listed.stream().noneMatch(t -> t.name().equals(wanted))) {
                        throw new RouterCommandRunner.UsageException("--tunnel '" + wanted + "': no such tunnel on "
                                + router.describe());
                    }
                    names.add(wanted);
                }
            }
            List<Sample> samples = new ArrayList<>();
            for (String name : names) {
                samples.add(router.measure(name, settings));
            }
            out.print(json ? Json.write(samples.stream().map(Json::sample).toList()) + System.lineSeparator()
                    : Tables.samples(samples));
            out.flush();
            MeasureNotes.of(samples, settings, measure.targetsGiven()).forEach(err::println);
            err.flush();
            return samples.stream().anyMatch(s -> s.error() != null) ? ExitCodes.FAILURE : ExitCodes.OK;
        });
    }

    /** The first bad flag, named, with the reason; null when all are fine. Checked before connecting. */
    static String problem(MeasureSettings s, List<String> tunnels) {
        for (String t : tunnels) {
            String why = InterfaceName.problem(t);
            if (why != null) {
                return "--tunnel '" + t + "': " + why;
            }
        }
        if (s.pingTargets().isEmpty()) {
            return "--ping-target: give at least one target";
        }
        for (String target : s.pingTargets()) {
            String why = HostAddress.problem(target);
            if (why != null) {
                return "--ping-target '" + target + "': " + why;
            }
        }
        if (s.pingCount() < 1 || s.pingCount() > 100) {
            return "--ping-count " + s.pingCount() + ": must be between 1 and 100";
        }
        if (s.downloadUrl() != null && HttpUrl.problem(s.downloadUrl()) != null) {
            return "--download-url '" + s.downloadUrl() + "': " + HttpUrl.problem(s.downloadUrl());
        }
        if (s.uploadUrl() != null && HttpUrl.problem(s.uploadUrl()) != null) {
            return "--upload-url '" + s.uploadUrl() + "': " + HttpUrl.problem(s.uploadUrl());
        }
        if (s.maxBytes() < 1 || s.maxBytes() > 10_000_000_000L) {
            return "--max-bytes " + s.maxBytes() + ": must be between 1 and 10000000000";
        }
        if (s.maxSeconds() < 1 || s.maxSeconds() > 3600) {
            return "--max-seconds " + s.maxSeconds() + ": must be between 1 and 3600";
        }
        return null;
    }
}
