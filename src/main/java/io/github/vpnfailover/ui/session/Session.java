package io.github.vpnfailover.ui.session;

import io.github.vpnfailover.engine.EngineControl;
import io.github.vpnfailover.engine.EngineSession;
import io.github.vpnfailover.router.RouterControl;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open connection: the engine and what it runs over. Closing stops the engine first, then the resources in
 * order; it does I/O, so call it off the FX thread.
 */
public final class Session implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Session.class);

    private final String name;
    private final EngineControl engine;
    private final List<AutoCloseable> resources;
    private final Runnable beforeStart;
    private final String warning;
    private final RouterControl router;

    /** A session over any engine (tests and the demo hand in a fake); {@code resources} are closed after it. */
    public Session(String name, EngineControl engine, List<AutoCloseable> resources) {
        this(name, engine, resources, () -> { }, null, null);
    }

    private Session(String name, EngineControl engine, List<AutoCloseable> resources, Runnable beforeStart, String warning,
                    RouterControl router) {
        this.name = name;
        this.engine = engine;
        this.resources = List.copyOf(resources);
        this.beforeStart = beforeStart;
        this.warning = warning;
        this.router = router;
    }

    /** The desktop's session over what {@link io.github.vpnfailover.engine.SessionAssembler} built. */
    public static Session of(String name, EngineSession running) {
        return new Session(name, running.engine(), List.of(running::close), running::attachLink, running.historyProblem(),
                running.router());
    }

    /** The profile's name, for the title and status bar. */
    public String name() {
        return name;
    }

    public EngineControl engine() {
        return engine;
    }

    /** The router the engine drives, for the setup step's tunnel list and Test; null for a stand-in engine. */
    public RouterControl router() {
        return router;
    }

    /** Something the user must be told at once (an unreadable history kept aside); null when all is well. */
    public String warning() {
        return warning;
    }

    /** Starts the engine once its listeners are in place, so they see the SSH link's states from now on. */
    public void start() {
        beforeStart.run();
        engine.start();
    }

    @Override
    public void close() {
        engine.close();
        for (AutoCloseable r : resources) {
            try {
                r.close();
            } catch (Exception e) {
                LOG.warn("closing {} failed", r, e);
            }
        }
    }
}
