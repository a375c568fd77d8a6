package io.github.vpnfailover.cli;

import static io.github.vpnfailover.core.ValueRules.printable;

import io.github.vpnfailover.core.HookSettings;
import io.github.vpnfailover.engine.CatchingExecutors;
import io.github.vpnfailover.engine.EngineSession;
import io.github.vpnfailover.engine.hooks.HookLog;
import io.github.vpnfailover.engine.hooks.LocalHooks;
import io.github.vpnfailover.engine.hooks.RouterHook;
import io.github.vpnfailover.engine.metrics.MetricsEndpoint;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What {@code run} hangs on the engine besides its own output: the Prometheus endpoint (decision 0190) and the event
 * hooks (decision 0191). Each is an engine listener with threads of its own; closing lets running hooks finish
 * within their timeout, then stops everything.
 */
final class RunAddOns implements AutoCloseable {

    private final MetricsEndpoint metrics;
    private final HookSettings hooks;
    private final String router;
    private final List<ExecutorService> executors = new ArrayList<>();
    private boolean closed;

    private RunAddOns(MetricsEndpoint metrics, HookSettings hooks, String router) {
        this.metrics = metrics;
        this.hooks = hooks;
        this.router = router;
    }

    /** Starts what the flags ask for before the router is connected, so a port in use fails at once. */
    static RunAddOns start(InetSocketAddress metricsAt, HookSettings hooks, String routerName, PrintWriter err) throws IOException {
        MetricsEndpoint endpoint = null;
        if (metricsAt != null) {
            String warning = MetricsOptions.remoteWarning(metricsAt);
            if (warning != null) {
                err.println(printable(warning));
            }
            try {
                endpoint = MetricsEndpoint.start(metricsAt, routerName);
            } catch (IOException e) {
                throw new IOException("cannot serve metrics on " + metricsAt.getAddress().getHostAddress() + ":" + metricsAt.getPort()
                        + ": " + e.getMessage(), e);
            }
        }
        return new RunAddOns(endpoint, hooks, routerName);
    }

    void attach(EngineSession session) {
        if (metrics != null) {
            session.engine().addListener(metrics.feed());
        }
        Duration timeout = Duration.ofSeconds(hooks.timeoutOrDefault());
        if (!hooks.onEvent().isEmpty()) {
            EventJson json = new EventJson();
            session.engine().addListener(new LocalHooks(hooks.onEvent(), timeout, router, json::line, executor("vpnfailover-hook", true),
                    HookLog::log));
        }
        if (hooks.routerCommand() != null) {
            session.engine().addListener(new RouterHook(hooks.routerCommand(), session.shell(), timeout,
                    executor("vpnfailover-router-hook", false), line -> { }));
        }
    }

    private ExecutorService executor(String name, boolean several) {
        ExecutorService e = several ? CatchingExecutors.cached(name) : CatchingExecutors.single(name);
        executors.add(e);
        return e;
    }

    /** Idempotent: the SIGTERM hook and the end of {@code run} both call it. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        executors.forEach(ExecutorService::shutdown);
        for (ExecutorService e : executors) {
            try {
                if (!e.awaitTermination(hooks.timeoutOrDefault() + 1L, TimeUnit.SECONDS)) {
                    e.shutdownNow();
                }
            } catch (InterruptedException interrupted) {
                e.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
        if (metrics != null) {
            metrics.close();
        }
    }
}
