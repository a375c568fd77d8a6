package io.github.vpnfailover.ui.session;

import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.engine.Engine;
import io.github.vpnfailover.engine.EngineEvent;
import io.github.vpnfailover.router.SwitchResult;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The real engine seen through {@link UiEngine}. */
public final class EngineAdapter implements UiEngine {

    private final Engine engine;

    public EngineAdapter(Engine engine) {
        this.engine = engine;
    }

    @Override
    public void addListener(Consumer<EngineEvent> listener) {
        engine.addListener(listener);
    }

    @Override
    public void start() {
        engine.start();
    }

    @Override
    public void measureNow() {
        engine.measureNow();
    }

    @Override
    public void setAutoFailover(boolean on) {
        engine.setAutoFailover(on);
    }

    @Override
    public void updatePolicy(Policy policy) {
        engine.updatePolicy(policy);
    }

    @Override
    public Policy policy() {
        return engine.policy();
    }

    @Override
    public CompletableFuture<SwitchResult> switchNow(String tunnel) {
        return engine.switchNow(tunnel);
    }

    @Override
    public CompletableFuture<List<Sample>> history(String tunnel, Instant from, Instant to) {
        return engine.history(tunnel, from, to);
    }

    @Override
    public CompletableFuture<List<io.github.vpnfailover.store.SwitchRecord>> switches(Instant from, Instant to) {
        return engine.switches(from, to);
    }

    @Override
    public String active() {
        return engine.active();
    }

    @Override
    public void close() {
        engine.close();
    }
}
