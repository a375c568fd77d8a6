package io.github.vpnfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.store.HistoryStore;
import io.github.vpnfailover.testing.PythonReference;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A MIB.json in the old manager's exact shape, written by python3's own json.dumps and time.strftime (local time
 * in Europe/Berlin, newest first, three tunnels sharing each poll's time, across the last new year): imported,
 * exported and compared byte for byte; the export is read back by python3 as the old graphing.py reads it.
 */
class LegacyOriginalShapeTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Polls every 95-105 s, values rounded as the manager rounded them; prints each poll's unix time. */
    private static final String GENERATOR = """
            import json, random, sys, time
            random.seed(7)
            year, out = int(sys.argv[1]), sys.argv[2]
            t = time.mktime((year, 1, 1, 0, 40, 0, 0, 0, -1))
            polls = []
            for _ in range(40):
                polls.append(int(t))
                t -= random.randint(95, 105)
            data = {}
            for name in ("tun0", "tun1", "tun2"):
                lis = []
                for p in reversed(polls):  # oldest poll first, each new record inserted at the front
                    pings = [random.uniform(20, 150) for _ in range(4)]
                    rec = {"latency": round(sum(pings) / 4, 3), "download": round(random.uniform(0, 50), 2),
                           "upload": round(random.choice([8.0, random.uniform(0, 6)]), 2),
                           "time": time.strftime("%m/%d %H:%M:%S", time.localtime(p))}
                    lis.insert(0, rec)
                data[name] = lis
            with open(out, "w") as f:
                f.write(json.dumps(data))
            print(json.dumps(polls))
            """;

    /** Reads a MIB.json as the old scripts did and prints, per tunnel, the keys of each record and the records. */
    private static final String READER = """
            import json, sys
            data = json.load(open(sys.argv[1]))
            orig = json.load(open(sys.argv[2]))
            keys = sorted({tuple(r.keys()) for lis in data.values() for r in lis})
            oldest_first = {t: [(r["time"], r["latency"], r["download"], r["upload"]) for r in reversed(lis)] for t, lis in data.items()}
            expected = {t: [(r["time"], r["latency"], r["download"], r["upload"]) for r in reversed(lis)] for t, lis in orig.items()}
            print(json.dumps({"keys": keys, "same": oldest_first == expected, "records": sum(len(l) for l in data.values())}))
            """;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path mib;
    private List<Long> polls;
    private int year;

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cl = RootCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @BeforeEach
    void writeTheOriginalFile() throws Exception {
        PythonReference.assumeAvailable();
        assumeTrue(Files.exists(Path.of("/usr/share/zoneinfo/Europe/Berlin")), "tzdata is missing: install the Debian package tzdata");
        LocalDateTime now = LocalDateTime.now(BERLIN);
        assumeTrue(now.getDayOfYear() > 1, "the file's newest poll is 01/01 00:40 of this year: run after January 1st");
        year = now.getYear();
        mib = dir.resolve("MIB.json");
        String printed = PythonReference.run(GENERATOR, Map.of("TZ", "Europe/Berlin"), List.of(String.valueOf(year), mib.toString()));
        polls = new ArrayList<>();
        new ObjectMapper().readTree(printed).forEach(n -> polls.add(n.asLong()));
    }

    @Test
    void importThenExportGivesTheOriginalBytesBack() throws Exception {
        assertThat(Files.readString(mib)).startsWith("{\"tun0\": [{\"latency\": ").contains("\"time\": \"01/01 00:40:00\"")
                .contains("\"time\": \"12/31 23:").doesNotEndWith("\n");
        assertThat(run("import-legacy", "--mib", mib.toString(), "--data-dir", dir.toString(), "--time-zone", "Europe/Berlin"))
                .as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("imported 120 samples of 3 tunnels", "120 times as month/day strings",
                "newest record in " + year, "tun0, tun1, tun2 go back into " + (year - 1) + " at 12/31 23:");

        try (HistoryStore h = HistoryStore.open(dir.resolve("history.db"))) {
            List<Instant> stored = h.newest("This computer", "tun1", 1000).stream().map(Sample::time).toList();
            assertThat(stored).containsExactlyElementsOf(polls.stream().map(Instant::ofEpochSecond).toList());
        }

        Path back = dir.resolve("out/MIB.json");
        assertThat(run("export-legacy", "--mib", back.toString(), "--data-dir", dir.toString(), "--time-zone", "Europe/Berlin"))
                .as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(rows(back)).containsExactlyElementsOf(rows(mib));
        assertThat(Files.readAllBytes(back)).isEqualTo(Files.readAllBytes(mib));

        JsonNode py = new ObjectMapper().readTree(PythonReference.run(READER, Map.of(), List.of(back.toString(), mib.toString())));
        assertThat(py.get("keys").toString()).isEqualTo("[[\"latency\",\"download\",\"upload\",\"time\"]]");
        assertThat(py.get("same").asBoolean()).isTrue();
        assertThat(py.get("records").asInt()).isEqualTo(120);
    }

    @Test
    void importingTheSameFileTwiceAddsNothing() throws Exception {
        String[] args = {"import-legacy", "--mib", mib.toString(), "--data-dir", dir.toString(), "--time-zone", "Europe/Berlin"};
        assertThat(run(args)).isEqualTo(ExitCodes.OK);
        assertThat(run(args)).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("imported 0 samples of 3 tunnels", "120 skipped: the same router, tunnel and time");
        try (HistoryStore h = HistoryStore.open(dir.resolve("history.db"))) {
            assertThat(h.countSamples()).isEqualTo(120);
        }
    }

    @Test
    void unixExportAndScoreReadTheSameHistory() throws Exception {
        assertThat(run("import-legacy", "--mib", mib.toString(), "--data-dir", dir.toString(), "--time-zone", "Europe/Berlin")).isEqualTo(0);
        Path unix = dir.resolve("unix.json");
        assertThat(run("export-legacy", "--mib", unix.toString(), "--data-dir", dir.toString(), "--time-format", "unix"))
                .as(err.toString()).isEqualTo(0);
        JsonNode tun2 = new ObjectMapper().readTree(unix.toFile()).get("tun2");
        assertThat(tun2).hasSize(40);
        assertThat(tun2.get(0).get("time").asLong()).isEqualTo(polls.get(0));
        assertThat(Files.readString(unix)).contains("\"time\": " + polls.get(0) + "}");

        Path config = dir.resolve("config.json");
        Files.writeString(config, "{\n  \"depth\": 5,\n  \"threshold\": 0.15,\n  \"delay\": 100,\n  \"uploadWeight\": 0.3,\n"
                + "  \"downloadWeight\": 0.5,\n  \"latencyWeight\": 0.2\n}");
        assertThat(run("score", "--mib", mib.toString(), "--config", config.toString(), "--active", "tun0", "--json"))
                .as(err.toString()).isEqualTo(0);
        JsonNode fromOriginal = new ObjectMapper().readTree(out.toString());
        assertThat(run("score", "--mib", unix.toString(), "--config", config.toString(), "--active", "tun0", "--json")).isEqualTo(0);
        assertThat(new ObjectMapper().readTree(out.toString())).isEqualTo(fromOriginal);
        assertThat(fromOriginal.get("scores").get("tun1").isNumber()).isTrue();
    }

    /** The records of a MIB.json as their exact bytes, one string per record, tunnel by tunnel. */
    private static List<String> rows(Path file) throws Exception {
        String s = Files.readString(file);
        List<String> rows = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"(tun\\d)\": \\[|\\{\"latency\"[^}]*}").matcher(s);
        String tunnel = null;
        while (m.find()) {
            if (m.group(1) != null) {
                tunnel = m.group(1);
            } else {
                rows.add(tunnel + " " + m.group());
            }
        }
        assertThat(rows).hasSize(120);
        return rows;
    }
}
