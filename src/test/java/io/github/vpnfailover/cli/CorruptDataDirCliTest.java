package io.github.vpnfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.store.HistoryStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code run} over a data folder whose settings and history are unreadable: it runs, says so, and keeps both files. */
class CorruptDataDirCliTest {

    @TempDir
    Path dir;

    @Test
    void runKeepsBothUnreadableFilesAsideWarnsAndMeasuresIntoANewHistory() throws Exception {
        byte[] badSettings = "{\"version\": 1, \"policy\": {\"depth\": 1,".getBytes(StandardCharsets.UTF_8);
        byte[] badHistory = "PK\u0003\u0004 a zip file is not a history".repeat(50).getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("settings.json"), badSettings);
        Files.write(dir.resolve("history.db"), badHistory);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        RunCommand cmd = new RunCommand();
        cmd.parts = io.github.vpnfailover.testing.FakeParts.of(shell -> new RunCommandTest.TwoTunnels(),
                io.github.vpnfailover.router.PingProber::new);
        CommandLine cl = new CommandLine(cmd);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));

        int code = cl.execute("--once", "--no-auto", "--data-dir", dir.toString());

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        List<Path> aside;
        try (var files = Files.list(dir)) {
            aside = files.filter(p -> p.getFileName().toString().contains(".corrupt-")).sorted().toList();
        }
        assertThat(aside).hasSize(2);
        Path historyAside = aside.get(0);
        Path settingsAside = aside.get(1);
        assertThat(historyAside.getFileName().toString()).startsWith("history.db.corrupt-");
        assertThat(settingsAside.getFileName().toString()).startsWith("settings.json.corrupt-");
        assertThat(Files.readAllBytes(historyAside)).isEqualTo(badHistory);
        assertThat(Files.readAllBytes(settingsAside)).isEqualTo(badSettings);
        assertThat(err.toString()).contains("warning: " + dir.resolve("settings.json") + " was corrupt")
                .contains(settingsAside.toString()).contains(historyAside.toString()).contains("a new history was started");
        try (HistoryStore store = HistoryStore.open(dir.resolve("history.db"))) {
            assertThat(store.countSamples()).isEqualTo(2);
        }
    }

    /** What {@code run} would start with over this data folder and these flags. */
    private boolean autoFailoverOf(StringWriter err, String... args) throws Exception {
        RunCommand cmd = new RunCommand();
        CommandLine cl = new CommandLine(cmd);
        cl.setErr(new PrintWriter(err, true));
        cl.parseArgs(args);
        return cmd.sessionSpec(io.github.vpnfailover.store.StorePaths.resolve(dir, java.util.Map.of(), dir)).policy().autoFailover();
    }

    @Test
    void unreadableOrTooNewSettingsStartOnlyRecommendingUnlessAutoIsGiven() throws Exception {
        String off = "warning: auto-failover is off until settings.json is mended or --auto is given";
        StringWriter missing = new StringWriter();
        assertThat(autoFailoverOf(missing, "--data-dir", dir.toString())).as("missing file: documented default").isTrue();
        assertThat(missing.toString()).doesNotContain(off);

        Files.writeString(dir.resolve("settings.json"), "{\"version\": 2, \"policy\": {\"autoFailover\": fa");
        StringWriter corrupt = new StringWriter();
        assertThat(autoFailoverOf(corrupt, "--data-dir", dir.toString())).as("corrupt file").isFalse();
        assertThat(corrupt.toString()).contains("was corrupt").contains(off);

        Files.writeString(dir.resolve("settings.json"), "{\"version\": 999, \"policy\": {}}");
        StringWriter tooNew = new StringWriter();
        assertThat(autoFailoverOf(tooNew, "--data-dir", dir.toString())).as("too new file").isFalse();
        assertThat(tooNew.toString()).contains(off);

        StringWriter forced = new StringWriter();
        assertThat(autoFailoverOf(forced, "--auto", "--data-dir", dir.toString())).as("--auto wins").isTrue();
        assertThat(forced.toString()).doesNotContain(off);
    }
}
