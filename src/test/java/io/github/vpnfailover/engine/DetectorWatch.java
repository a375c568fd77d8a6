package io.github.vpnfailover.engine;

import io.github.vpnfailover.core.LinkCondition;
import io.github.vpnfailover.core.LivenessSettings;
import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.router.PingProber;
import io.github.vpnfailover.router.RemoteShell;
import io.github.vpnfailover.router.Router;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A second detector on the same tunnels, outside any engine (the dpinger-like one of decision 0202): a
 * {@link LivenessMonitor} of its own over {@code shell}, recording when each tunnel's condition changes.
 */
final class DetectorWatch implements AutoCloseable {

    /** A tunnel's condition changed at {@link System#nanoTime()} {@code nanos}. */
    record Change(String tunnel, LinkCondition condition, long nanos) { }

    final List<Change> changes = new CopyOnWriteArrayList<>();
    private final Map<String, LinkCondition> last = new ConcurrentHashMap<>();
    private final LivenessMonitor monitor;

    DetectorWatch(RemoteShell shell, LivenessSettings settings) {
        monitor = new LivenessMonitor(new Router(shell), new PingProber(shell), settings, MeasureSettings::defaults, List.of(),
                Clock.systemUTC(), (tunnel, status) -> {
                    if (last.put(tunnel, status.condition()) != status.condition()) {
                        changes.add(new Change(tunnel, status.condition(), System.nanoTime()));
                    }
                });
        monitor.start();
    }

    /** When {@code tunnel} first left UP after {@code afterNanos}, waiting up to {@code within}; -1 if it did not. */
    long firstAlarm(String tunnel, long afterNanos, Duration within) throws InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        do {
            for (Change c : changes) {
                if (c.tunnel().equals(tunnel) && c.nanos() > afterNanos && c.condition() != LinkCondition.UP) {
                    return c.nanos();
                }
            }
            Thread.sleep(20);
        } while (System.nanoTime() < end);
        return -1;
    }

    /** Whether every one of {@code tunnels} is UP now. */
    boolean allUp(List<String> tunnels) {
        return tunnels.stream().allMatch(t -> last.get(t) == LinkCondition.UP);
    }

    @Override
    public void close() {
        monitor.close();
    }
}
