package io.github.vpnfailover.engine;

import static io.github.vpnfailover.engine.FakeRouter.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.engine.EngineEvent.ErrorEvent;
import io.github.vpnfailover.engine.EngineEvent.SampleEvent;
import io.github.vpnfailover.store.HistoryStore;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data folder on a 1 MiB tmpfs that fills up while the engine runs: one clear error, the engine keeps
 * measuring and deciding from memory, the writes wait in the bounded queue and land once there is space again,
 * and the samples stored before are unharmed. Needs root (mount); the tmpfs is unmounted afterwards.
 */
class DiskFullTest {

    @TempDir
    Path base;
    private Path mount;
    private final List<EngineEvent> events = new CopyOnWriteArrayList<>();

    @AfterEach
    void unmount() throws Exception {
        if (mount != null) {
            new ProcessBuilder("umount", mount.toString()).inheritIO().start().waitFor();
        }
    }

    @Test
    void fullDiskIsReportedOnceTheEngineRunsOnAndEverythingLandsWhenSpaceReturns() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "needs root to mount a tmpfs");
        Path dir = Files.createDirectory(base.resolve("vfm-in-tmpfs"));
        Process m = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", dir.toString())
                .redirectErrorStream(true).start();
        String why = new String(m.getInputStream().readAllBytes());
        assumeTrue(m.waitFor() == 0, "cannot mount a tmpfs here: " + why);
        mount = dir;

        Path db = dir.resolve("history.db");
        List<Sample> before = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            before.add(new Sample("tun" + (i % 2), Instant.ofEpochSecond(1_000 + i), 10.0 + i, 9.0, 12.0, 0.5, 0.0, 50.0, 9.0, null));
        }
        FakeRouter router = new FakeRouter().tunnel("tun0", answers(20, 90)).tunnel("tun1", answers(40, 50));
        router.active = "tun0";
        try (HistoryStore store = HistoryStore.open(db)) {
            store.appendAll("r", before);
            Engine engine = new Engine(router, store, "r", EngineTest.policy(1, 0.15, 0, true), Clock.systemUTC(),
                    EngineOptions.defaults(), FastFailover.off());
            engine.addListener(events::add);
            try {
                cycles(engine, 1);
                Path filler = dir.resolve("filler");
                long filled = fill(filler);
                System.out.println("DiskFullTest: tmpfs filled with " + filled + " bytes beside " + Files.size(db) + " bytes of history");

                cycles(engine, 5);
                List<String> errors = errors();
                assertThat(errors).filteredOn(e -> e.contains("not being saved")).hasSize(1).first().asString()
                        .contains("keeping up to").contains("retrying");
                System.out.println("DiskFullTest error event: " + errors.get(0));
                assertThat(of(SampleEvent.class)).as("the engine kept measuring").hasSize(12);
                assertThat(of(EngineEvent.DecisionEvent.class)).as("and deciding").hasSize(6);
                assertThat(store.countSamples()).as("nothing could be written while full").isEqualTo(102);

                Files.delete(filler);
                cycles(engine, 1);
                assertThat(errors()).last().asString().contains("history is saved again").doesNotContain("lost");
            } finally {
                engine.close();
            }
            assertThat(store.countSamples()).as("100 before, 2 + 10 + 2 measured").isEqualTo(114);
            assertThat(store.range("r", "tun0", Instant.ofEpochSecond(1_000), Instant.ofEpochSecond(1_100)))
                    .as("what was stored before is unharmed").isEqualTo(before.stream().filter(s -> s.tunnel().equals("tun0")).toList());
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement();
             var rs = st.executeQuery("PRAGMA integrity_check")) {
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
    }

    /** Writes zeros until the file system refuses; returns how many bytes fit. */
    private static long fill(Path filler) throws IOException {
        long written = 0;
        byte[] chunk = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(chunk);
                out.flush();
                written += chunk.length;
            }
        } catch (IOException full) {
            if (!String.valueOf(full.getMessage()).contains("No space left")) {
                throw full;
            }
        }
        return written;
    }

    private static void cycles(Engine engine, int n) throws Exception {
        for (int i = 0; i < n; i++) {
            engine.runOnce().get(10, TimeUnit.SECONDS);
        }
    }

    private List<String> errors() {
        return of(ErrorEvent.class).stream().map(ErrorEvent::message).toList();
    }

    private <T extends EngineEvent> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
