package io.github.vpnfailover.engine;

import static io.github.vpnfailover.engine.FakeRouter.answers;
import static io.github.vpnfailover.engine.FakeRouter.dead;

import io.github.vpnfailover.core.LinkCondition;
import io.github.vpnfailover.core.LinkStatus;
import io.github.vpnfailover.core.Policy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A real engine over an in-memory router, run through a story with every kind of decision: scores filling up, a
 * quality switch, a dead active tunnel (100 % loss) and its failover, a hold-down, an operator hold, a liveness
 * death. Its events are what the UI tests replay.
 */
public final class RecordedRun {

    /** The policy the story runs with: depth 3, threshold 15 %, hold-down 30 s, auto-failover on. */
    public static final Policy POLICY = EngineTest.policy(3, 0.15, 30, true);

    private RecordedRun() {
    }

    /** The events of the story, in the order the engine published them. */
    public static List<EngineEvent> record() throws Exception {
        List<EngineEvent> events = new CopyOnWriteArrayList<>();
        FakeRouter router = new FakeRouter().tunnel("tun0", answers(20, 90)).tunnel("tun1", answers(60, 30))
                .tunnel("tun2", answers(30, 50));
        router.active = "tun1";
        try (Engine engine = new Engine(router, History.none(), POLICY, Clock.systemUTC(), EngineOptions.defaults(), FastFailover.off())) {
            engine.addListener(events::add);
            cycles(engine, 4); // scores fill up; tun0 wins and is switched to
            router.behaviour.put("tun0", dead());
            cycles(engine, 2); // tun0 dead: failover, scores of tun0 stale but never shown
            engine.hold("tun1", true);
            router.behaviour.put("tun0", answers(20, 90));
            cycles(engine, 3); // tun0 back, but hold-down keeps the routes
            engine.reportLink("tun2", new LinkStatus(LinkCondition.DOWN, null, 100.0, "3 misses in a row"));
            engine.reportLink("tun0", new LinkStatus(LinkCondition.UP, 20.0, 0.0, "5 answers in a row"));
            cycles(engine, 1);
            engine.hold("tun1", false);
            engine.reportLink("tun2", new LinkStatus(LinkCondition.UP, 30.0, 0.0, "5 answers in a row"));
            cycles(engine, 2);
            awaitQuiet(events);
        }
        return new ArrayList<>(events);
    }

    private static void cycles(Engine engine, int n) throws Exception {
        for (int i = 0; i < n; i++) {
            engine.runOnce().get(5, TimeUnit.SECONDS);
        }
    }

    /** Holds and liveness reports decide on the switch thread: wait until nothing new arrives. */
    private static void awaitQuiet(List<EngineEvent> events) throws InterruptedException {
        int before;
        do {
            before = events.size();
            Thread.sleep(200);
        } while (events.size() != before);
    }
}
