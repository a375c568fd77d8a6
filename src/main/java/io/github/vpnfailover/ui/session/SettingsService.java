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

    /**
     * Keeps {@code policy}; the router profiles on disk stay as they are. The desktop runs the policy with the
     * profile's measurement settings, so the file's own (the template for new profiles, decision 0210) are kept.
     */
    public CompletableFuture<Settings> savePolicy(Policy policy) {
        return update(s -> s.withPolicy(policy.withMeasure(s.policy().measure())));
    }

    /** Adds or replaces (by name) a profile. Passwords are not part of a profile and never reach the disk. */
    public CompletableFuture<Settings> saveProfile(RouterProfile profile) {
        return replaceProfile(profile.name(), profile);
    }

    /** Adds a new profile; refused (the future fails with {@link ProfileNameTakenException}) when the name is taken. */
    public CompletableFuture<Settings> addProfile(RouterProfile profile) {
        return update(s -> {
            if (s.router(profile.name()) != null) {
                throw new ProfileNameTakenException(profile.name());
            }
            return s.withRouters(with(s.routers(), null, profile)).withSelectedRouter(profile.name());
        });
    }

    /**
     * Replaces the profile called {@code oldName} by {@code profile} in its place (an edit, maybe a rename); refused
     * when a rename would take another profile's name.
     */
    public CompletableFuture<Settings> replaceProfile(String oldName, RouterProfile profile) {
        return update(s -> {
            if (!profile.name().equals(oldName) && s.router(profile.name()) != null) {
                throw new ProfileNameTakenException(profile.name());
            }
            Settings next = s.withRouters(with(s.routers(), oldName, profile));
            return oldName.equals(s.selectedRouter()) ? next.withSelectedRouter(profile.name()) : next;
        });
    }

    /** Removes the profile called {@code name} ("This computer" always stays). */
    public CompletableFuture<Settings> deleteProfile(String name) {
        return update(s -> {
            List<RouterProfile> list = new ArrayList<>(s.routers());
            list.removeIf(r -> r.name().equals(name) && !r.isLocal());
            Settings next = s.withRouters(list);
            return name.equals(s.selectedRouter()) ? next.withSelectedRouter(RouterProfile.LOCAL_NAME) : next;
        });
    }

    /**
     * Saves that {@code tunnel} of the profile called {@code profile} is held out of rotation or put back (decision
     * 0214), so a restart keeps it; nothing when the profile is gone.
     */
    public CompletableFuture<Settings> saveHold(String profile, String tunnel, boolean held) {
        return update(s -> {
            RouterProfile p = s.router(profile);
            return p == null ? s : s.withRouters(with(s.routers(), profile, p.withHold(tunnel, held)));
        });
    }

    /** Remembers {@code name} as the router to offer first at the next start. */
    public CompletableFuture<Settings> saveSelected(String name) {
        return update(s -> s.withSelectedRouter(name));
    }

    /** {@code list} with {@code profile} in place of the one called {@code oldName}, or appended. */
    private static List<RouterProfile> with(List<RouterProfile> list, String oldName, RouterProfile profile) {
        List<RouterProfile> out = new ArrayList<>(list);
        for (int i = 0; i < out.size(); i++) {
            String n = out.get(i).name();
            if (n.equals(oldName) || n.equals(profile.name())) {
                out.set(i, profile);
                out.removeIf(r -> r != profile && (r.name().equals(oldName) || r.name().equals(profile.name())));
                return out;
            }
        }
        out.add(profile);
        return out;
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
