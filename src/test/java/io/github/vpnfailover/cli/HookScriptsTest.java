package io.github.vpnfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.engine.CatchingExecutors;
import io.github.vpnfailover.engine.EngineEvent;
import io.github.vpnfailover.engine.Problem;
import io.github.vpnfailover.engine.SwitchKind;
import io.github.vpnfailover.engine.hooks.HookLog;
import io.github.vpnfailover.engine.hooks.HookOutcome;
import io.github.vpnfailover.engine.hooks.LocalHooks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --on-event} hooks as real shell scripts: what they receive, a hook that fails, one that hangs, one that is slow. */
class HookScriptsTest {

    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path dir;

    private final List<HookOutcome> outcomes = new CopyOnWriteArrayList<>();
    private final ExecutorService executor = CatchingExecutors.cached("test-hook");
    private final EventJson json = new EventJson();

    @AfterEach
    void stop() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }

    private Path script(String name, String body) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
        return p;
    }

    private LocalHooks hooks(Duration timeout, Path... scripts) {
        return new LocalHooks(java.util.Arrays.stream(scripts).map(Path::toString).toList(), timeout, "branch-12", json::line, executor,
                outcomes::add);
    }

    @Test
    void aSwitchHookGetsTheEventJsonOnStdinAndTheVariables() throws Exception {
        Path rec = script("record.sh", "cat > \"$0.stdin\"; env | grep '^VFM_' | sort > \"$0.env\"");
        var e = new EngineEvent.SwitchEvent(T, "tun0", "tun1", true, false, "tun1 scores 0.9 against 0.5", SwitchKind.FAILOVER);
        hooks(Duration.ofSeconds(5), rec).accept(e);
        Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> outcomes.size() == 1);
        System.out.println("[hook] " + HookLog.line(outcomes.get(0)));
        assertThat(outcomes.get(0).ok()).isTrue();
        assertThat(Files.readString(Path.of(rec + ".stdin"))).isEqualTo(json.line(e) + "\n");
        assertThat(Files.readAllLines(Path.of(rec + ".env"))).containsExactly("VFM_EVENT=failover", "VFM_FROM=tun0",
                "VFM_REASON=tun1 scores 0.9 against 0.5", "VFM_ROUTER=branch-12", "VFM_TO=tun1");
    }

    @Test
    void allDownRunsOnceAnEpisodeAndRecoveredWhenATunnelAnswers() throws Exception {
        Path rec = script("record.sh", "echo \"$VFM_EVENT from=$VFM_FROM to=$VFM_TO\" >> \"$0.log\"");
        LocalHooks hooks = hooks(Duration.ofSeconds(5), rec);
        hooks.accept(new EngineEvent.SwitchEvent(T, null, "tun0", true, true, "asked", SwitchKind.MANUAL));
        Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> outcomes.size() == 1);
        var down = new EngineEvent.ErrorEvent(T, "ALL 2 TUNNELS ARE DOWN", Problem.ALL_TUNNELS_DOWN);
        hooks.accept(down);
        Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> outcomes.size() == 2);
        hooks.accept(down);
        hooks.accept(new EngineEvent.SampleEvent(T, Sample.failed("tun0", T, "100 % loss")));
        hooks.accept(new EngineEvent.SampleEvent(T, new Sample("tun1", T, 30.0, 30.0, 30.0, 0.0, 0.0, null, null, null)));
        Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> outcomes.size() == 3);
        Thread.sleep(300);
        assertThat(Files.readAllLines(Path.of(rec + ".log"))).containsExactly("switch from= to=tun0", "all-down from=tun0 to=",
                "recovered from=tun0 to=tun1");
    }

    @Test
    void aFailingHookIsLoggedWithItsExitStatusAndStderr() throws Exception {
        Path fail = script("fail.sh", "echo 'smtp: connection refused' >&2; exit 3");
        hooks(Duration.ofSeconds(5), fail).accept(new EngineEvent.SwitchEvent(T, "tun0", "tun1", true, false, "better", SwitchKind.SWITCH));
        Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> outcomes.size() == 1);
        HookOutcome o = outcomes.get(0);
        System.out.println("[hook] " + HookLog.line(o));
        assertThat(o.exitCode()).isEqualTo(3);
        assertThat(o.ok()).isFalse();
        assertThat(HookLog.line(o)).contains("fail.sh for switch exited 3").contains("stderr: smtp: connection refused");
    }

    @Test
    void aHangingHookIsKilledWithWhatItStartedAtItsTimeoutAndNeverBlocksTheCaller() throws Exception {
        Path hang = script("hang.sh", "sleep 60 & echo $! > \"$0.pid\"; echo 'still waiting' >&2; wait");
        LocalHooks hooks = hooks(Duration.ofSeconds(1), hang);
        long start = System.nanoTime();
        hooks.accept(new EngineEvent.SwitchEvent(T, "tun0", "tun1", true, false, "better", SwitchKind.SWITCH));
        long handedOverMs = (System.nanoTime() - start) / 1_000_000;
        Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> outcomes.size() == 1);
        HookOutcome o = outcomes.get(0);
        System.out.println("[hook] handed over in " + handedOverMs + " ms; " + HookLog.line(o));
        assertThat(handedOverMs).as("handed over long before the hook's 1 s timeout").isLessThan(500);
        assertThat(o.timedOut()).isTrue();
        assertThat(o.exitCode()).isNull();
        assertThat(o.took()).isBetween(Duration.ofMillis(900), Duration.ofSeconds(4));
        assertThat(HookLog.line(o)).contains("killed after").contains("(its timeout)").contains("still waiting");
        long sleeper = Long.parseLong(Files.readString(Path.of(hang + ".pid")).strip());
        Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> ProcessHandle.of(sleeper).map(p -> !p.isAlive()).orElse(true));
    }

    @Test
    void aSlowHookNeverRunsTwiceAtOnceAndTheNewestWaitingCallRunsNext() throws Exception {
        Path slow = script("slow.sh", "mkdir \"$0.lock\" 2>/dev/null || echo overlap >> \"$0.log\"; echo \"$VFM_TO\" >> \"$0.log\"; "
                + "sleep 0.5; rmdir \"$0.lock\"");
        LocalHooks hooks = hooks(Duration.ofSeconds(5), slow);
        for (String to : List.of("tun1", "tun2", "tun3", "tun4")) {
            hooks.accept(new EngineEvent.SwitchEvent(T, "tun0", to, true, false, "better", SwitchKind.SWITCH));
        }
        Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> outcomes.size() == 2);
        Thread.sleep(800);
        assertThat(outcomes).hasSize(2);
        assertThat(Files.readAllLines(Path.of(slow + ".log"))).containsExactly("tun1", "tun4");
    }
}
