package io.github.vpnfailover.engine.hooks;

import io.github.vpnfailover.engine.EngineEvent;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The {@code --on-event} hooks of one router as an engine listener (decision 0191). The listener only hands work to
 * its own executor, so the engine never waits on a hook. One command runs at most once at a time per kind of
 * event: a call that comes while it runs waits, replacing any older waiting one, and is run when it ends.
 */
public final class LocalHooks implements Consumer<EngineEvent> {

    private final List<String> commands;
    private final Duration timeout;
    private final String router;
    private final Function<EngineEvent, String> json;
    private final ExecutorService executor;
    private final Consumer<HookOutcome> report;
    private final HookTriggers triggers = new HookTriggers();
    private final Map<String, Slot> slots = new HashMap<>();

    /** {@code json} renders an event as {@code --json-events} prints it; {@code report} hears every outcome. */
    public LocalHooks(List<String> commands, Duration timeout, String router, Function<EngineEvent, String> json,
                      ExecutorService executor, Consumer<HookOutcome> report) {
        this.commands = List.copyOf(commands);
        this.timeout = timeout;
        this.router = router;
        this.json = json;
        this.executor = executor;
        this.report = report;
    }

    @Override
    public void accept(EngineEvent e) {
        triggers.of(e).ifPresent(call -> {
            for (String command : commands) {
                offer(command, call);
            }
        });
    }

    private void offer(String command, HookCall call) {
        Slot slot;
        synchronized (slots) {
            slot = slots.computeIfAbsent(command + "\0" + call.kind(), k -> new Slot());
        }
        synchronized (slot) {
            if (slot.running) {
                HookLog.waiting(command, call.kind(), slot.waiting != null);
                slot.waiting = call;
                return;
            }
            slot.running = true;
        }
        executor.execute(() -> runAll(command, call, slot));
    }

    private void runAll(String command, HookCall first, Slot slot) {
        HookCall call = first;
        while (call != null) {
            HookOutcome outcome = HookProcess.run(command, call.kind(), json.apply(call.event()), env(call), timeout);
            report.accept(outcome);
            synchronized (slot) {
                call = slot.waiting;
                slot.waiting = null;
                slot.running = call != null;
            }
        }
    }

    private Map<String, String> env(HookCall call) {
        Map<String, String> env = new HashMap<>();
        env.put("VFM_EVENT", call.kind().wire());
        env.put("VFM_ROUTER", router);
        env.put("VFM_FROM", call.from() == null ? "" : call.from());
        env.put("VFM_TO", call.to() == null ? "" : call.to());
        env.put("VFM_REASON", call.reason() == null ? "" : call.reason());
        return env;
    }

    /** One command and kind: whether it runs, and the newest call waiting for it. */
    private static final class Slot {
        boolean running;
        HookCall waiting;
    }
}
