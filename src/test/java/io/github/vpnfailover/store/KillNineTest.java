package io.github.vpnfailover.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 during writes: a child JVM (this test classpath) appends samples and saves settings in a loop; it is
 * killed by PID at a random moment, three times. Each time the store opens as it is, every acknowledged sample is
 * there, at most the one in flight is missing (or present without its acknowledgement), and the settings load.
 */
class KillNineTest {

    @TempDir
    Path dir;

    @Test
    void killedWriterLosesAtMostTheSampleInFlightAndSettingsStayReadable() throws Exception {
        long seed = Long.getLong("kill.seed", System.nanoTime());
        System.out.println("KillNineTest seed=" + seed);
        Random random = new Random(seed);
        Path db = dir.resolve("history.db");
        Path settings = dir.resolve("settings.json");
        long acked = 0;
        for (int round = 1; round <= 3; round++) {
            Process child = startChild(db, settings);
            var reader = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String first = reader.readLine();
            assertThat(first).as("child start (stderr: %s)", stderrOf(child)).startsWith("ready ");
            assertThat(Long.parseLong(first.substring(6))).as("rows at start of round %d", round).isGreaterThanOrEqualTo(acked);
            long target = Long.parseLong(first.substring(6)) + 200 + random.nextInt(1500);
            Integer lastDepth = null;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("ack ")) {
                    acked = Long.parseLong(line.substring(4));
                    if (acked >= target) {
                        break;
                    }
                } else if (line.startsWith("settings ")) {
                    lastDepth = Integer.valueOf(line.substring(9));
                }
            }
            kill9(child.pid());
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
            // Whatever the child printed before it died counts as acknowledged too.
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("ack ")) {
                    acked = Long.parseLong(line.substring(4));
                } else if (line.startsWith("settings ")) {
                    lastDepth = Integer.valueOf(line.substring(9));
                }
            }

            HistoryOpen opened = HistoryStore.openOrKeepAside(db, Clock.systemUTC());
            long rows;
            List<Long> times = new ArrayList<>();
            try (HistoryStore store = opened.store()) {
                assertThat(opened.needsAttention()).as("round %d: %s", round, opened.problem()).isFalse();
                rows = store.countSamples();
            }
            try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement();
                 var rs = st.executeQuery("SELECT time_ms FROM sample ORDER BY id")) {
                while (rs.next()) {
                    times.add(rs.getLong(1));
                }
                try (var check = st.executeQuery("PRAGMA integrity_check")) {
                    assertThat(check.getString(1)).isEqualTo("ok");
                }
            }
            System.out.println("round " + round + ": acknowledged " + acked + ", stored " + rows
                    + ", missing " + Math.max(0, acked + 1 - rows) + " in flight");
            assertThat(rows).as("every acknowledged sample is stored").isGreaterThanOrEqualTo(acked);
            assertThat(rows).as("at most the one in flight beyond the acknowledged").isLessThanOrEqualTo(acked + 1);
            assertThat(times).as("samples 1..n in order, none lost in between").hasSize((int) rows);
            for (int i = 0; i < times.size(); i++) {
                assertThat(times.get(i)).isEqualTo(i + 1L);
            }
            acked = rows;
            SettingsLoad load = new SettingsStore(settings, Clock.systemUTC()).load();
            assertThat(load.status()).as("settings after kill: %s", load.detail()).isEqualTo(SettingsLoad.Status.OK);
            if (lastDepth != null) {
                int depth = load.settings().policy().depth();
                assertThat(depth).as("the last saved settings or the one in flight").isIn(lastDepth, lastDepth % 9 + 1);
            }
            try (var files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("corrupt"));
            }
        }
    }

    private static Process startChild(Path db, Path settings) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-Xmx64m", "-cp", classpath, KillNineChild.class.getName(),
                db.toString(), settings.toString()).redirectError(ProcessBuilder.Redirect.PIPE).start();
    }

    private static void kill9(long pid) throws Exception {
        Process kill = new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start();
        assertThat(kill.waitFor()).isZero();
    }

    private static String stderrOf(Process p) {
        try {
            return p.isAlive() ? "(running)" : new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
