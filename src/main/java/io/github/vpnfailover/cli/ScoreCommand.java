package io.github.vpnfailover.cli;

import static io.github.vpnfailover.core.ValueRules.printable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.vpnfailover.core.Decider;
import io.github.vpnfailover.core.Decision;
import io.github.vpnfailover.core.HoldDown;
import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.core.ScoreBoard;
import io.github.vpnfailover.core.Scorer;
import io.github.vpnfailover.core.ScoringMode;
import io.github.vpnfailover.core.Situation;
import io.github.vpnfailover.core.TunnelScore;
import io.github.vpnfailover.store.Json;
import io.github.vpnfailover.store.MibReader;
import io.github.vpnfailover.store.PolicyFile;
import io.github.vpnfailover.store.StoreException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code score}: scores an old MIB.json offline with a config and says what the engine would decide. */
@Command(name = "score", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Score a MIB.json history offline and show the decision (what-if).")
final class ScoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--mib", required = true, paramLabel = "FILE", description = "History in the old MIB.json shape.")
    Path mib;

    @Option(names = "--config", required = true, paramLabel = "FILE", description = "Old config.json or the app's policy JSON.")
    Path config;

    @Option(names = "--active", paramLabel = "T", description = "The tunnel that is active now (default: none, pick the best).")
    String active;

    @Option(names = "--scoring", paramLabel = "MODE", description = "normalized or classic (default: from the config).")
    String scoring;

    @Option(names = "--time-zone", paramLabel = "ZONE", description = "Zone of MIB.json's \"MM/DD hh:mm:ss\" times (default: this computer's).")
    String timeZone;

    @Option(names = "--newest-year", paramLabel = "YEAR", description = "Year of each tunnel's newest \"MM/DD\" record, when the inferred one is wrong.")
    Integer newestYear;

    @Option(names = "--json", description = "Print {\"scores\", \"decision\", \"switchTo\", \"reason\"} as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Policy p;
        Map<String, List<Sample>> history;
        try {
            p = new PolicyFile().read(config, Policy.defaults());
            history = new MibReader(LegacyCommands.clock(timeZone), newestYear).read(mib).tunnels();
            if (scoring != null) {
                p = p.withScoring(parseScoring(scoring));
            }
        } catch (StoreException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("error: " + printable(e.getMessage()));
            return ExitCodes.USAGE;
        }
        ScoreBoard board = new Scorer().score(history, p);
        Map<String, Sample> latest = new HashMap<>();
        history.forEach((t, list) -> {
            if (!list.isEmpty()) {
                latest.put(t, list.get(0));
            }
        });
        Situation s = new Situation(active, List.copyOf(history.keySet()), board, latest, Set.of());
        Decision d = new Decider(new HoldDown(Clock.systemUTC())).decide(s, p);
        var out = spec.commandLine().getOut();
        if (json) {
            var mapper = Json.mapper();
            ObjectNode root = mapper.createObjectNode();
            ObjectNode scores = root.putObject("scores");
            board.entries().forEach(e -> {
                if (e.scored()) {
                    scores.put(e.tunnel(), e.score());
                } else {
                    scores.putNull(e.tunnel());
                }
            });
            root.put("decision", d.kind().name().toLowerCase(Locale.ROOT));
            root.put("switchTo", d.target());
            root.put("reason", d.reason());
            out.println(mapper.writeValueAsString(root));
        } else {
            for (TunnelScore e : board.entries()) {
                out.printf(Locale.ROOT, "%-16s %s%n", printable(e.tunnel()), e.scored() ? String.format(Locale.ROOT, "%.4f", e.score()) : "no score (" + printable(e.note()) + ")");
            }
            out.println(printable(d.kind().name().toLowerCase(Locale.ROOT) + (d.target() != null ? " to " + d.target() : "") + ": " + d.reason()));
        }
        out.flush();
        return ExitCodes.OK;
    }

    static ScoringMode parseScoring(String s) {
        try {
            return ScoringMode.valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--scoring " + s + ": use normalized or classic");
        }
    }
}
