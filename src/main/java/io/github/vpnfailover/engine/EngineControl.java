package io.github.vpnfailover.engine;

import io.github.vpnfailover.core.LinkStatus;
import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.router.SwitchResult;
import io.github.vpnfailover.store.SwitchRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** What the desktop app and the daemon drive. Every method returns at once; work runs on the engine's thread. */
public interface EngineControl extends AutoCloseable {

    /** Listeners are called on the engine's threads and must not block them. */
    void addListener(Consumer<EngineEvent> listener);

    /** Starts cycling now and every interval after each cycle ends (and the liveness monitor, when configured). */
    void start();

    /** Runs exactly one cycle (cancelling a running one) and completes when it has ended. */
    CompletableFuture<Void> runOnce();

    /** Cancels the running cycle and starts a new one now. */
    void measureNow();

    void setAutoFailover(boolean on);

    /** Takes effect at the next cycle; throws IllegalArgumentException naming field, value and range. */
    void updatePolicy(Policy policy);

    Policy policy();

    /** The tunnel the routes point at, as last read or set; null when unknown. */
    String active();

    /** The liveness monitor's latest view of every tunnel (empty without a monitor). */
    Map<String, LinkStatus> liveness();

    /** Manual switch: allowed to any tunnel that exists; starts the hold-down. */
    CompletableFuture<SwitchResult> switchNow(String tunnel);

    /**
     * Takes {@code tunnel} out of rotation by hand ({@code held} true) or puts it back (decision 0221): a held tunnel
     * is never switched or failed over to, and an active one is left as if it were down. The engine decides again at
     * once and publishes the new window.
     */
    void hold(String tunnel, boolean held);

    /**
     * The holds saved with the router profile (decision 0214), set before {@link #start()}: the first cycle already
     * decides with them, and nothing is decided before it.
     */
    default void restoreHolds(java.util.Collection<String> tunnels) {
        tunnels.forEach(t -> hold(t, true));
    }

    /** The liveness quality check's alarm levels (degraded at or above them); null when there is no such check. */
    default io.github.vpnfailover.core.QualityThresholds quality() {
        return null;
    }

    /**
     * Probes {@code servers} (the profile's OpenVPN servers) from this computer every {@code period} once started,
     * publishing a {@link EngineEvent.ServerEvent} per probe (decision 0222). Call before {@link #start()}.
     */
    default void watchServers(List<io.github.vpnfailover.store.OpenVpnServer> servers, java.time.Duration period) {
    }

    /** Stored samples of one tunnel in [from, to), oldest first. */
    CompletableFuture<List<Sample>> history(String tunnel, Instant from, Instant to);

    /** Stored route changes in [from, to), oldest first (the charts' switch markers from before this run). */
    CompletableFuture<List<SwitchRecord>> switches(Instant from, Instant to);

    @Override
    void close();
}
