package io.github.vpnfailover.engine;

import static io.github.vpnfailover.engine.FakeRouter.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.vpnfailover.core.LinkCondition;
import io.github.vpnfailover.core.LinkStatus;
import io.github.vpnfailover.core.LivenessSettings;
import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.MutableClock;
import io.github.vpnfailover.router.LivenessProber;
import io.github.vpnfailover.router.ProbeLine;
import io.github.vpnfailover.router.RemoteShell;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The monitor with a hand-fed prober and a hand-moved clock: state changes reach the sink, a stopped stream is not "down". */
class LivenessMonitorTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final FakeRouter router = new FakeRouter().tunnel("tun0", answers(20, 90)).tunnel("tun1", answers(20, 90));
    private final Map<String, Consumer<ProbeLine>> feeds = new ConcurrentHashMap<>();
    private final Map<String, Boolean> running = new ConcurrentHashMap<>();
    private final List<String> starts = new CopyOnWriteArrayList<>();
    private final List<String> reports = new CopyOnWriteArrayList<>();
    private final Map<String, LinkStatus> latest = new ConcurrentHashMap<>();
    private LivenessMonitor monitor;

    private final LivenessProber prober = new LivenessProber() {
        @Override
        public RemoteShell.LineStream start(String tunnel, List<String> targets, int intervalMillis, int timeoutMillis,
                                            Consumer<ProbeLine> onLine) {
            starts.add(tunnel);
            feeds.put(tunnel, onLine);
            running.put(tunnel, true);
            return new RemoteShell.LineStream() {
                @Override
                public boolean isRunning() {
                    return running.get(tunnel);
                }

                @Override
                public void close() {
                    running.put(tunnel, false);
                }
            };
        }

        @Override
        public boolean trafficFlows(List<String> targets, Duration within) {
            return true;
        }
    };

    @AfterEach
    void close() {
        monitor.close();
    }

    /** Both tunnels answer side by side: the adaptive timeout (50 ms here) judges a tunnel silent for 1 s dead. */
    private void answer(int probes, long firstSeq) {
        for (int i = 0; i < probes; i++) {
            clock.advance(Duration.ofMillis(200));
            for (String tunnel : List.of("tun0", "tun1")) {
                feeds.get(tunnel).accept(new ProbeLine.Reply(0, firstSeq + i, 5));
                feeds.get(tunnel).accept(new ProbeLine.Reply(1, firstSeq + i, 6));
            }
        }
    }

    private LinkCondition awaitCondition(String tunnel, LinkCondition c) {
        await().atMost(3, TimeUnit.SECONDS).until(() -> latest.get(tunnel) != null && latest.get(tunnel).condition() == c);
        return c;
    }

    @Test
    void reportsUpThenDownFromMissesAndUnknownWhileTheStreamIsStopped() {
        monitor = new LivenessMonitor(router, prober, LivenessSettings.defaults().withTargets(List.of("10.0.0.1", "10.0.0.2")),
                MeasureSettings::defaults, List.of(), clock, (t, s) -> {
                    reports.add(t + " " + s.condition());
                    latest.put(t, s);
                });
        monitor.start();
        await().atMost(3, TimeUnit.SECONDS).until(() -> starts.containsAll(List.of("tun0", "tun1")));
        answer(5, 1);
        awaitCondition("tun0", LinkCondition.UP);
        awaitCondition("tun1", LinkCondition.UP);
        assertThat(latest.get("tun0").rttMs()).as("mean of the last 5 answers, both targets").isEqualTo(5.6);

        clock.advance(Duration.ofMillis(1500)); // tun0 and tun1 both silent past fall x interval + timeout
        awaitCondition("tun0", LinkCondition.DOWN);
        assertThat(monitor.statuses().get("tun0").reason()).isEqualTo("2 of 2 targets missed 3 probes in a row");

        running.put("tun1", false); // e.g. the SSH channel closed: restarted, and old misses no longer count
        awaitCondition("tun1", LinkCondition.UNKNOWN);
        assertThat(starts.stream().filter("tun1"::equals).count()).isEqualTo(2);
        assertThat(latest.get("tun0").condition()).isEqualTo(LinkCondition.DOWN);
        running.put("tun1", false); // stopped again within 2 s of its restart: not probed, so unknown, not down
        await().atMost(3, TimeUnit.SECONDS).until(() -> monitor.statuses().get("tun1").reason().contains("probe stream stopped"));
        assertThat(monitor.statuses().get("tun1").condition()).isEqualTo(LinkCondition.UNKNOWN);
        clock.advance(Duration.ofSeconds(2));
        await().atMost(3, TimeUnit.SECONDS).until(() -> starts.stream().filter("tun1"::equals).count() == 3);
        assertThat(reports).containsSubsequence("tun0 UNKNOWN", "tun0 UP", "tun0 DOWN");
    }
}
