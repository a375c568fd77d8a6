package io.github.vpnfailover.engine;

import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.router.SwitchResult;
import io.github.vpnfailover.store.SwitchRecord;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** What the desktop app and the daemon drive. Every method returns at once; work runs on the engine's thread. */
public interface EngineControl extends AutoCloseable {

    void addListener(Consumer<EngineEvent> listener);

    void start();

    /** Cancels the running cycle and starts a new one now. */
    void measureNow();

    void setAutoFailover(boolean on);

    /** Takes effect at the next cycle; throws IllegalArgumentException naming field, value and range. */
    void updatePolicy(Policy policy);

    Policy policy();

    /** Manual switch: allowed to any tunnel that exists; starts the hold-down. */
    CompletableFuture<SwitchResult> switchNow(String tunnel);

    /** Stored samples of one tunnel in [from, to), oldest first. */
    CompletableFuture<List<Sample>> history(String tunnel, Instant from, Instant to);

    /** Stored route changes in [from, to), oldest first (the charts' switch markers from before this run). */
    CompletableFuture<List<SwitchRecord>> switches(Instant from, Instant to);

    @Override
    void close();
}
