package io.github.vpnfailover.engine.metrics;

import io.github.vpnfailover.engine.CatchingExecutors;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;

/**
 * {@code /metrics} over HTTP, served by the Prometheus client's own server (decision 0190) on one named thread:
 * scrapes are answered one after another, so a flood of them costs one thread, never the engine's.
 */
public final class MetricsEndpoint implements AutoCloseable {

    private final HTTPServer server;
    private final ExecutorService thread;
    private final MetricsFeed feed;

    private MetricsEndpoint(HTTPServer server, ExecutorService thread, MetricsFeed feed) {
        this.server = server;
        this.thread = thread;
        this.feed = feed;
    }

    /**
     * Binds {@code address} now, serving the series of router {@code routerName}; throws IOException when it cannot
     * (in use, not an address of this computer).
     */
    public static MetricsEndpoint start(InetSocketAddress address, String routerName) throws IOException {
        PrometheusRegistry registry = new PrometheusRegistry();
        MetricsFeed feed = new MetricsFeed(registry, routerName);
        ExecutorService thread = CatchingExecutors.single("vpnfailover-metrics");
        try {
            HTTPServer server = HTTPServer.builder().inetAddress(address.getAddress()).port(address.getPort())
                    .registry(registry).executorService(thread).buildAndStart();
            return new MetricsEndpoint(server, thread, feed);
        } catch (IOException | RuntimeException e) {
            thread.shutdownNow();
            throw e;
        }
    }

    /** The engine listener that keeps the served series up to date. */
    public MetricsFeed feed() {
        return feed;
    }

    /** The port it listens on. */
    public int port() {
        return server.getPort();
    }

    @Override
    public void close() {
        server.close();
        thread.shutdownNow();
    }
}
