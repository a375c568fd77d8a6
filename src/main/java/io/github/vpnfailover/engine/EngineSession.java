package io.github.vpnfailover.engine;

import io.github.vpnfailover.router.LivenessProber;
import io.github.vpnfailover.router.RemoteShell;
import io.github.vpnfailover.router.RouterControl;
import io.github.vpnfailover.store.HistoryOpen;
import io.github.vpnfailover.store.HistoryStore;
import java.util.concurrent.CompletableFuture;

/**
 * A session as {@link SessionAssembler} built it: the engine, the store and the shell it runs over, and the spec
 * it was made from. The SSH link reaches the engine's listeners from {@link #start}/{@link #runOnce} on, so
 * listeners added before see the whole connection episode. Closing stops the engine, then the store, then the shell.
 */
public final class EngineSession implements AutoCloseable {

    private final SessionSpec spec;
    private final Engine engine;
    private final SshLinkBridge link;
    private final HistoryOpen history;
    private final RouterControl router;
    private final LivenessProber prober;
    private final RemoteShell shell;

    EngineSession(SessionSpec spec, Engine engine, SshLinkBridge link, HistoryOpen history, RouterControl router,
                  LivenessProber prober, RemoteShell shell) {
        this.spec = spec;
        this.engine = engine;
        this.link = link;
        this.history = history;
        this.router = router;
        this.prober = prober;
        this.shell = shell;
    }

    public EngineControl engine() {
        return engine;
    }

    public SessionSpec spec() {
        return spec;
    }

    public HistoryStore store() {
        return history.store();
    }

    /** Why the old history file was kept aside and where it went; null after a normal open. */
    public String historyProblem() {
        return history.needsAttention() ? history.problem() : null;
    }

    /** The router the engine drives (for tests: which class, which privilege). */
    public RouterControl router() {
        return router;
    }

    /** The shell the session runs over, for commands of its own beside the engine's (the router-side hook, decision 0191). */
    public RemoteShell shell() {
        return shell;
    }

    /** The liveness prober, null when the fast path is off. */
    public LivenessProber prober() {
        return prober;
    }

    /** From now on the SSH link's states reach the engine's listeners; the last one seen before is handed over. */
    public void attachLink() {
        link.attach(engine);
    }

    /** Attaches the link and starts cycling. */
    public void start() {
        attachLink();
        engine.start();
    }

    /** Attaches the link and runs exactly one cycle. */
    public CompletableFuture<Void> runOnce() {
        attachLink();
        return engine.runOnce();
    }

    @Override
    public void close() {
        engine.close();
        history.store().close();
        shell.close();
    }
}
