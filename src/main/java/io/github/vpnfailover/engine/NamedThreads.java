package io.github.vpnfailover.engine;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.LoggerFactory;

/** Daemon threads named after their job, logging anything that escapes a task. */
final class NamedThreads implements ThreadFactory {

    private final String name;
    private final AtomicInteger count = new AtomicInteger();

    NamedThreads(String name) {
        this.name = name;
    }

    @Override
    public Thread newThread(Runnable r) {
        Thread t = new Thread(r, name + "-" + count.incrementAndGet());
        t.setDaemon(true);
        t.setUncaughtExceptionHandler((th, e) -> LoggerFactory.getLogger(NamedThreads.class).error("{} died", th.getName(), e));
        return t;
    }
}
