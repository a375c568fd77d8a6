package io.github.vpnfailover.ui.session;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open connection: the engine and what it runs over (shell, history database). Closing stops the
 * engine first, then the resources in order; it does I/O, so call it off the FX thread.
 */
public final class Session implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Session.class);

    private final String name;
    private final UiEngine engine;
    private final List<AutoCloseable> resources;

    public Session(String name, UiEngine engine, List<AutoCloseable> resources) {
        this.name = name;
        this.engine = engine;
        this.resources = List.copyOf(resources);
    }

    /** The profile's name, for the title and status bar. */
    public String name() {
        return name;
    }

    public UiEngine engine() {
        return engine;
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
