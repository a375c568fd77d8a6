package io.github.vpnfailover.ui.session;

import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.engine.CatchingExecutors;
import io.github.vpnfailover.store.RouterProfile;
import io.github.vpnfailover.store.Settings;
import io.github.vpnfailover.store.SettingsLoad;
import io.github.vpnfailover.store.SettingsStore;
import io.github.vpnfailover.store.StoreException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;

/**
 * settings.json for the UI: every read and write runs on one "ui-settings" thread, in order, so a quick
 * Apply after adding a router can never lose either change, and the FX thread never touches the disk.
 */
public final class SettingsService implements AutoCloseable {

    private final SettingsStore store;
    private final ExecutorService thread = CatchingExecutors.single("ui-settings");

    public SettingsService(SettingsStore store) {
        this.store = store;
    }

    public CompletableFuture<SettingsLoad> load() {
        return CompletableFuture.supplyAsync(() -> call(() -> firstRunRecommendsOnly(store.load())), thread);
    }

    /**
     * On a first run (no settings file yet, or only defaults in place of an unreadable one) the app only
     * recommends: opening it on a laptop must not move that laptop's default route before the operator has seen
     * a single measurement (decision 0065).
     */
    static SettingsLoad firstRunRecommendsOnly(SettingsLoad load) {
        return load.firstRunSafe();
    }

    /** Keeps {@code policy}; the router profiles on disk stay as they are. */
    public CompletableFuture<Settings> savePolicy(Policy policy) {
        return update(s -> s.withPolicy(policy));
    }

    /** Adds or replaces (by name) a profile. Passwords are not part of a profile and never reach the disk. */
    public CompletableFuture<Settings> saveProfile(RouterProfile profile) {
        return update(s -> {
            List<RouterProfile> list = new ArrayList<>(s.routers());
            list.removeIf(r -> r.name().equals(profile.name()));
            list.add(profile);
            return s.withRouters(list);
        });
    }

    private CompletableFuture<Settings> update(java.util.function.UnaryOperator<Settings> change) {
        return CompletableFuture.supplyAsync(() -> call(() -> {
            Settings next = change.apply(firstRunRecommendsOnly(store.load()).settings());
            store.save(next);
            return next;
        }), thread);
    }

    private interface StoreCall<T> {
        T call() throws StoreException;
    }

    private static <T> T call(StoreCall<T> c) {
        try {
            return c.call();
        } catch (StoreException e) {
            throw new CompletionException(e);
        }
    }

    @Override
    public void close() {
        thread.shutdown();
    }
}
