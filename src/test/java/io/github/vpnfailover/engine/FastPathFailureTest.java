package io.github.vpnfailover.engine;

import static io.github.vpnfailover.engine.FakeRouter.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.vpnfailover.core.Decision;
import io.github.vpnfailover.core.DecisionKind;
import io.github.vpnfailover.core.LinkCondition;
import io.github.vpnfailover.core.LinkStatus;
import io.github.vpnfailover.core.LivenessSettings;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.router.LivenessProber;
import io.github.vpnfailover.store.SwitchRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A bug in a fast-path switch is never only a line in the log of a dead thread. */
class FastPathFailureTest {

    private final List<EngineEvent> events = new CopyOnWriteArrayList<>();
    private final List<Decision> rows = new CopyOnWriteArrayList<>();
    private final FakeRouter router = new FakeRouter().tunnel("tun0", answers(20, 90)).tunnel("tun1", answers(60, 30));
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger deskLog = (Logger) LoggerFactory.getLogger(SwitchDesk.class);
    private Engine engine;

    /** Keeps the decision rows the engine writes. */
    private final class Rows implements History {
        @Override public void append(Sample s) { }
        @Override public void recordDecision(Instant t, Decision d, Map<String, Double> s, boolean a) {
            rows.add(d);
        }
        @Override public void recordSwitch(SwitchRecord r) { }
        @Override public List<Sample> newest(String tunnel, int n) {
            return List.of();
        }
        @Override public List<Sample> newestGood(String tunnel, int n) {
            return List.of();
        }
        @Override public List<Sample> range(String tunnel, Instant from, Instant to) {
            return List.of();
        }
    }

    private static final LivenessProber FLOWS = new ReportedLinksProber();

    @AfterEach
    void close() {
        deskLog.detachAppender(log);
        engine.close();
    }

    @Test
    void aRuntimeExceptionInAFastFailoverBecomesAnErrorEventADecisionRowAndAWarning() throws Exception {
        log.start();
        deskLog.addAppender(log);
        engine = new Engine(router, new Rows(), EngineTest.policy(1, 0.15, 0, true), Clock.systemUTC(), EngineOptions.defaults(),
                new FastFailover(LivenessSettings.defaults(), FLOWS, false));
        engine.addListener(events::add);
        engine.switchNow("tun0").get(5, TimeUnit.SECONDS);
        engine.reportLink("tun0", new LinkStatus(LinkCondition.UP, 20.0, 0.0, "test"));
        engine.reportLink("tun1", new LinkStatus(LinkCondition.UP, 60.0, 0.0, "test"));
        router.switchBreaks = new IllegalStateException("route table parser bug");

        engine.reportLink("tun0", new LinkStatus(LinkCondition.DOWN, null, 100.0, "test"));

        await().atMost(5, TimeUnit.SECONDS).until(() -> events.stream().anyMatch(e -> e instanceof EngineEvent.ErrorEvent));
        String error = events.stream().filter(e -> e instanceof EngineEvent.ErrorEvent).map(e -> ((EngineEvent.ErrorEvent) e).message())
                .findFirst().orElseThrow();
        assertThat(error).contains("fast failover from tun0 failed").contains("route table parser bug");
        assertThat(events).filteredOn(e -> e instanceof EngineEvent.ErrorEvent).extracting(e -> ((EngineEvent.ErrorEvent) e).problem())
                .contains(Problem.FAST_FAILOVER_FAILED);
        assertThat(rows).last().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DecisionKind.STAY);
            assertThat(d.reason()).contains("fast failover from tun0 failed").contains("route table parser bug");
        });
        assertThat(log.list).anySatisfy(l -> {
            assertThat(l.getLevel()).isEqualTo(Level.WARN);
            assertThat(l.getFormattedMessage()).contains("fast failover from tun0 failed");
            assertThat(l.getThreadName()).startsWith("vpnfailover-switch");
        });

        // the switch thread survived: the next fast failover works
        router.switchBreaks = null;
        engine.reportLink("tun0", new LinkStatus(LinkCondition.UP, 20.0, 0.0, "test"));
        engine.reportLink("tun0", new LinkStatus(LinkCondition.DOWN, null, 100.0, "test"));
        await().atMost(5, TimeUnit.SECONDS).until(() -> "tun1".equals(engine.active()));
    }
}
