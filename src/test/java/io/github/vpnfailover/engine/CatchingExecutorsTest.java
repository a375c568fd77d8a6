package io.github.vpnfailover.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.vpnfailover.ui.common.Background;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A failure in a background task is a WARN line naming the task or its thread, also when nobody reads the future. */
class CatchingExecutorsTest {

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void listen() {
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void stop() {
        root.detachAppender(log);
    }

    private boolean warned(String text, String cause) {
        return log.list.stream().anyMatch(e -> e.getLevel() == Level.WARN && e.getFormattedMessage().contains(text)
                && e.getThrowableProxy() != null && e.getThrowableProxy().getMessage().contains(cause));
    }

    @Test
    void aSubmittedTaskThatThrowsIsLoggedWithTheThreadsName() {
        ExecutorService e = CatchingExecutors.single("vpnfailover-test");
        try {
            e.submit(() -> {
                throw new IllegalStateException("boom in submit");
            });
            await().atMost(5, TimeUnit.SECONDS).until(() -> warned("task on vpnfailover-test-1 failed", "boom in submit"));
        } finally {
            e.shutdownNow();
        }
    }

    @Test
    void aPeriodicTaskThatThrowsIsLoggedInsteadOfStoppingSilently() {
        ScheduledExecutorService e = CatchingExecutors.scheduled("vpnfailover-tick");
        AtomicInteger runs = new AtomicInteger();
        try {
            e.scheduleWithFixedDelay(() -> {
                if (runs.incrementAndGet() == 2) {
                    throw new IllegalStateException("boom in tick");
                }
            }, 0, 10, TimeUnit.MILLISECONDS);
            await().atMost(5, TimeUnit.SECONDS).until(() -> warned("task on vpnfailover-tick-1 failed", "boom in tick"));
        } finally {
            e.shutdownNow();
        }
    }

    @Test
    void aCancelledTaskIsNotAFailure() throws Exception {
        ScheduledExecutorService e = CatchingExecutors.scheduled("vpnfailover-cancel");
        try {
            e.schedule(() -> { }, 1, TimeUnit.HOURS).cancel(true);
            e.submit(() -> { }).get(5, TimeUnit.SECONDS);
            assertThat(log.list).noneMatch(x -> x.getFormattedMessage().contains("vpnfailover-cancel"));
        } finally {
            e.shutdownNow();
        }
    }

    @Test
    void aFailedBackgroundTaskOfTheDesktopIsLoggedWithItsName() {
        try (Background b = new Background()) {
            b.run("close the session with office", () -> {
                throw new IllegalStateException("boom in close");
            });
            await().atMost(5, TimeUnit.SECONDS).until(() -> warned("background task 'close the session with office' failed",
                    "boom in close"));
        }
    }
}
