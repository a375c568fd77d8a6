package io.github.vpnfailover.cli;

import io.github.vpnfailover.engine.EngineControl;
import io.github.vpnfailover.engine.metrics.MetricsEndpoint;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;

/**
 * What {@code run} hangs on the engine besides its own output: the Prometheus endpoint (decision 0190). Each is an
 * event listener of its own; closing stops them after the engine.
 */
final class RunAddOns implements AutoCloseable {

    private final MetricsEndpoint metrics;

    private RunAddOns(MetricsEndpoint metrics) {
        this.metrics = metrics;
    }

    /** Starts what the flags ask for before the router is connected, so a port in use fails at once. */
    static RunAddOns start(InetSocketAddress metricsAt, String routerName, PrintWriter err) throws IOException {
        MetricsEndpoint endpoint = null;
        if (metricsAt != null) {
            String warning = MetricsOptions.remoteWarning(metricsAt);
            if (warning != null) {
                err.println(warning);
            }
            try {
                endpoint = MetricsEndpoint.start(metricsAt, routerName);
            } catch (IOException e) {
                throw new IOException("cannot serve metrics on " + metricsAt.getAddress().getHostAddress() + ":" + metricsAt.getPort()
                        + ": " + e.getMessage(), e);
            }
        }
        return new RunAddOns(endpoint);
    }

    void attach(EngineControl engine) {
        if (metrics != null) {
            engine.addListener(metrics.feed());
        }
    }

    @Override
    public void close() {
        if (metrics != null) {
            metrics.close();
        }
    }
}
