package io.github.vpnfailover.engine;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hands events to listeners; a listener that throws is logged and never stops the engine or the others. */
final class EventBus {

    private static final Logger LOG = LoggerFactory.getLogger(EventBus.class);

    private final List<Consumer<EngineEvent>> listeners = new CopyOnWriteArrayList<>();

    void add(Consumer<EngineEvent> listener) {
        listeners.add(listener);
    }

    void publish(EngineEvent event) {
        for (Consumer<EngineEvent> l : listeners) {
            try {
                l.accept(event);
            } catch (VirtualMachineError e) {
                throw e;
            } catch (Throwable t) {
                LOG.warn("listener {} failed on {}", l, event, t);
            }
        }
    }
}
