package io.github.vpnfailover.engine;

import io.github.vpnfailover.core.LinkCondition;
import io.github.vpnfailover.core.LivenessSettings;
import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.router.PingProber;
import io.github.vpnfailover.router.RemoteShell;
import io.github.vpnfailover.router.Router;
import io.github.vpnfailover.testing.FailoverLab;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** An engine with the fast path over a {@link FailoverLab}'s SSH session; records events with their arrival time. */
final class LabEngine implements AutoCloseable {

    /** An event and when it arrived ({@link System#nanoTime()}). */
    record Seen(EngineEvent event, long nanos) { }

    final Engine engine;
    final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final RemoteShell shell;

    LabEngine(FailoverLab lab, RemoteShell shell, LivenessSettings settings) {
        this(shell, settings, Policy.defaults());
    }

    LabEngine(RemoteShell shell, LivenessSettings settings, Policy policy) {
        this.shell = shell;
        engine = new Engine(new Router(shell), null, "lab", policy, Clock.systemUTC(), EngineOptions.defaults(),
                new FastFailover(settings, new PingProber(shell), true));
        engine.addListener(e -> seen.add(new Seen(e, System.nanoTime())));
    }

    static LivenessSettings settings() {
        return LivenessSettings.defaults().withTargets(FailoverLab.TARGETS);
    }

    /** Waits until every tunnel of the lab is up in the monitor's view. */
    void awaitAllUp(FailoverLab lab, Duration within) throws InterruptedException {
        awaitAllUpExcept(lab, null, within);
    }

    /** Waits until every tunnel but {@code except} is up in the monitor's view. */
    void awaitAllUpExcept(FailoverLab lab, String except, Duration within) throws InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        while (!lab.tunnels.stream().filter(t -> !t.equals(except)).allMatch(t -> {
            var s = engine.liveness().get(t);
            return s != null && s.condition() == LinkCondition.UP;
        })) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not all tunnels up within " + within + ": " + engine.liveness());
            }
            Thread.sleep(20);
        }
    }

    /** The first event after {@code fromIndex} matching {@code p}, waiting up to {@code within}; null if none came. */
    <T extends EngineEvent> Seen await(Class<T> type, Predicate<T> p, int fromIndex, Duration within) throws InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        do {
            for (int i = fromIndex; i < seen.size(); i++) {
                Seen s = seen.get(i);
                if (type.isInstance(s.event()) && p.test(type.cast(s.event()))) {
                    return s;
                }
            }
            Thread.sleep(5);
        } while (System.nanoTime() < end);
        return null;
    }

    <T extends EngineEvent> List<T> all(Class<T> type) {
        return seen.stream().map(Seen::event).filter(type::isInstance).map(type::cast).toList();
    }

    @Override
    public void close() {
        engine.close();
        shell.close();
    }
}
