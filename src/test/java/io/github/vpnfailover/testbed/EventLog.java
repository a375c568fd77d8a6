package io.github.vpnfailover.testbed;

import io.github.vpnfailover.cli.UserView;
import io.github.vpnfailover.engine.EngineEvent;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Records an engine's events and prints each (but progress) as the {@code run} command would show it. */
final class EventLog implements Consumer<EngineEvent> {

    private final String label;
    private final List<EngineEvent> events = new CopyOnWriteArrayList<>();

    EventLog(String label) {
        this.label = label;
    }

    @Override
    public void accept(EngineEvent e) {
        events.add(e);
        if (!(e instanceof EngineEvent.ProgressEvent)) {
            System.out.println("[" + label + "] " + UserView.text(e));
        }
    }

    List<EngineEvent> all() {
        return List.copyOf(events);
    }

    <T extends EngineEvent> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends EngineEvent> long count(Class<T> type, Predicate<T> which) {
        return of(type).stream().filter(which).count();
    }

    /** Waits until an event of {@code type} matching {@code which} arrived after event number {@code from}. */
    <T extends EngineEvent> T await(Class<T> type, Predicate<T> which, int from, Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() - end < 0) {
            List<EngineEvent> now = all();
            for (int i = from; i < now.size(); i++) {
                if (type.isInstance(now.get(i)) && which.test(type.cast(now.get(i)))) {
                    return type.cast(now.get(i));
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no " + type.getSimpleName() + " as expected within " + limit.toMillis() + " ms after event "
                + from + "; events: " + all().subList(Math.min(from, all().size()), all().size()));
    }

    int indexOf(EngineEvent e) {
        return all().indexOf(e);
    }

    String label() {
        return label;
    }

    int size() {
        return events.size();
    }
}
