package io.github.vpnfailover.ui.connect;

import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.engine.ConnectionState;
import io.github.vpnfailover.router.ssh.ChangedHostKeyException;
import io.github.vpnfailover.router.ssh.RevokedHostKeyException;
import io.github.vpnfailover.router.ssh.HostKeyDecider;
import io.github.vpnfailover.router.ssh.SshLinkStatus;
import io.github.vpnfailover.store.RouterProfile;
import io.github.vpnfailover.store.Settings;
import io.github.vpnfailover.store.SettingsLoad;
import io.github.vpnfailover.ui.common.ConnectionStatus;
import io.github.vpnfailover.ui.session.Connector;
import io.github.vpnfailover.ui.session.Session;
import io.github.vpnfailover.ui.session.SettingsService;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The connect view's state: saved profiles ("This computer" first), connecting off the FX thread, and
 * why a connection failed. A changed host key is handed to {@code blockingError}: there is no way past it.
 */
public final class ConnectViewModel {

    private final SettingsService settings;
    private final Connector connector;
    private final Executor io;
    private final Executor fx;
    private final ConnectionStatus status;
    private final ObservableList<RouterProfile> profiles = FXCollections.observableArrayList(RouterProfile.local());
    private final ObjectProperty<RouterProfile> selected = new SimpleObjectProperty<>(RouterProfile.local());
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** Passwords typed this run, by profile name: memory only. */
    private final Map<String, char[]> passwords = new HashMap<>();
    private Policy policy = Policy.defaults();
    private Consumer<Session> onConnected = s -> { };
    private Consumer<String> blockingError = m -> { };
    private BiConsumer<Session, RouterProfile> onNeedsSetup = (s, p) -> onConnected.accept(s);

    public ConnectViewModel(SettingsService settings, Connector connector, Executor io, Executor fx, ConnectionStatus status) {
        this.settings = settings;
        this.connector = connector;
        this.io = io;
        this.fx = fx;
        this.status = status;
    }

    public void setOnConnected(Consumer<Session> c) {
        onConnected = c;
    }

    /** Where a router that was never set up goes after its first connection (decision 0211). */
    public void setOnNeedsSetup(BiConsumer<Session, RouterProfile> c) {
        onNeedsSetup = c;
    }

    public void setBlockingError(Consumer<String> c) {
        blockingError = c;
    }

    /** Reads settings.json in the background. */
    public CompletableFuture<Void> load() {
        return settings.load().handle((load, err) -> {
            fx.execute(() -> loaded(load, err));
            return null;
        });
    }

    private void loaded(SettingsLoad load, Throwable err) {
        if (err != null) {
            message.set("Cannot read settings: " + root(err).getMessage() + " (using defaults)");
            return;
        }
        policy = load.settings().policy();
        profiles.setAll(load.settings().routers());
        profiles.stream().filter(p -> p.name().equals(load.settings().selectedRouter())).findFirst()
                .ifPresent(selected::set);
        if (load.needsAttention()) {
            message.set(load.detail());
        }
    }

    /** The measurement settings a new router starts from (the policy's, decision 0210). */
    public MeasureSettings template() {
        return policy.measure();
    }

    /**
     * Adds the profile (saved without its password) and selects it. Refused with a message when its key file does
     * not exist (checked off the FX thread) or its name is taken: never a silent replace.
     */
    public CompletableFuture<Boolean> add(NewRouter r) {
        return store(r, null, () -> settings.addProfile(r.profile()));
    }

    /** Saves the edited profile in place of the one called {@code oldName}. */
    public CompletableFuture<Boolean> edit(String oldName, NewRouter r) {
        return store(r, oldName, () -> settings.replaceProfile(oldName, r.profile()));
    }

    /** Deletes a saved router ("This computer" stays). */
    public CompletableFuture<Boolean> delete(RouterProfile p) {
        if (p.isLocal()) {
            message.set("\"" + RouterProfile.LOCAL_NAME + "\" is always there and cannot be deleted");
            return CompletableFuture.completedFuture(false);
        }
        return settings.deleteProfile(p.name()).handle((s, err) -> {
            fx.execute(() -> {
                if (err != null) {
                    message.set("Could not delete " + p.name() + ": " + root(err).getMessage());
                    return;
                }
                shown(s, RouterProfile.LOCAL_NAME);
                passwords.remove(p.name());
                message.set("Deleted " + p.name());
            });
            return err == null;
        });
    }

    private CompletableFuture<Boolean> store(NewRouter r, String oldName, Supplier<CompletableFuture<Settings>> save) {
        RouterProfile p = r.profile();
        return CompletableFuture.supplyAsync(() -> KeyFileCheck.problem(p), io)
                .thenCompose(missing -> missing != null ? CompletableFuture.<Settings>failedFuture(new IllegalArgumentException(missing))
                        : save.get())
                .handle((s, err) -> {
                    fx.execute(() -> {
                        if (err != null) {
                            message.set("Not saved: " + root(err).getMessage());
                            return;
                        }
                        char[] old = oldName == null ? null : passwords.remove(oldName);
                        char[] pw = r.password() != null ? r.password() : old;
                        if (pw != null) {
                            passwords.put(p.name(), pw);
                        }
                        shown(s, p.name());
                        message.set("Saved " + p.name());
                    });
                    return err == null;
                });
    }

    private void shown(Settings s, String select) {
        policy = s.policy();
        profiles.setAll(s.routers());
        profiles.stream().filter(x -> x.name().equals(select)).findFirst().ifPresent(selected::set);
    }

    /** After the setup step saved {@code updated}: shows it and connects with exactly what was saved. */
    public void connectWith(RouterProfile updated, HostKeyDecider hostKeys) {
        profiles.replaceAll(p -> p.name().equals(updated.name()) ? updated : p);
        selected.set(updated);
        connect(hostKeys);
    }

    /** Connects to the selected profile on a background thread; host-key questions go to {@code hostKeys}. */
    public void connect(HostKeyDecider hostKeys) {
        RouterProfile p = selected.get();
        if (p == null || busy.get()) {
            return;
        }
        busy.set(true);
        message.set("");
        settings.saveSelected(p.name());
        status.set(ConnectionState.CONNECTING, describe(p), null);
        char[] pw = passwords.get(p.name());
        char[] copy = pw == null ? null : pw.clone();
        Policy pol = policy;
        CompletableFuture.supplyAsync(() -> {
            try {
                return connector.open(p, copy, pol, hostKeys, this::link);
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, io).whenComplete((session, err) -> fx.execute(() -> {
            busy.set(false);
            if (err == null) {
                status.set(ConnectionState.CONNECTED, session.name(), null);
                if (p.needsSetup() && session.router() != null) {
                    onNeedsSetup.accept(session, p);
                } else {
                    onConnected.accept(session);
                }
                return;
            }
            Throwable cause = root(err);
            String why = cause.getMessage() == null ? cause.toString() : cause.getMessage();
            status.set(ConnectionState.FAILED, why, null);
            message.set(why);
            if (cause instanceof ChangedHostKeyException || cause instanceof RevokedHostKeyException) {
                blockingError.accept(why);
            }
        }));
    }

    private void link(SshLinkStatus s) {
        ConnectionState state = ConnectionState.of(s.state());
        Duration retry = s.retryIn();
        String detail = s.detail();
        fx.execute(() -> status.set(state, detail, retry));
    }

    private static String describe(RouterProfile p) {
        return p.isLocal() ? p.name() : p.name() + " (" + (p.user() == null ? "" : p.user() + "@") + p.host()
                + (p.port() == null ? "" : ":" + p.port()) + ")";
    }

    private static Throwable root(Throwable e) {
        Throwable t = e;
        while ((t instanceof java.util.concurrent.CompletionException || t instanceof java.util.concurrent.ExecutionException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    public ObservableList<RouterProfile> profiles() {
        return profiles;
    }

    public ObjectProperty<RouterProfile> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
