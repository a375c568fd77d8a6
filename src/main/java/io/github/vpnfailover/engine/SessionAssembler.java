package io.github.vpnfailover.engine;

import io.github.vpnfailover.core.LivenessTargets;
import io.github.vpnfailover.router.LivenessProber;
import io.github.vpnfailover.router.RemoteShell;
import io.github.vpnfailover.router.RouterControl;
import io.github.vpnfailover.router.ShellException;
import io.github.vpnfailover.store.HistoryOpen;
import io.github.vpnfailover.store.HistoryStore;
import io.github.vpnfailover.store.StoreException;
import java.time.Clock;

/**
 * The one place a session is put together (decision 0140): shell with its SSH link bridged into the engine, the
 * history (an unreadable file is kept aside and a new one started, decision 0096), the router with the spec's
 * privilege, the liveness prober and the engine. {@code run}, the desktop and the test rigs all call it.
 */
public final class SessionAssembler {

    private final Clock clock;
    private final SessionParts parts;

    /** The real parts. */
    public SessionAssembler(Clock clock) {
        this(clock, SessionParts.real(clock));
    }

    public SessionAssembler(Clock clock, SessionParts parts) {
        this.clock = clock;
        this.parts = parts;
    }

    /**
     * Opens the shell and the history and builds the engine, not yet started. Blocking (SSH login, database open):
     * never on the FX thread. Whatever was opened is closed again when a later step fails.
     */
    public EngineSession open(ShellOpener opener, SessionSpec spec) throws ShellException, StoreException {
        SshLinkBridge link = new SshLinkBridge();
        RemoteShell shell = opener.open(link);
        HistoryOpen history;
        try {
            history = HistoryStore.openOrKeepAside(spec.historyFile(), clock);
        } catch (StoreException | RuntimeException e) {
            shell.close();
            throw e;
        }
        try {
            RouterControl router = parts.router(shell, spec.privilege(), spec.switchOptions());
            LivenessProber prober = parts.prober(shell, spec.privilege());
            LivenessTargets.Resolved live = spec.resolvedLiveness();
            FastFailover fast = prober == null ? FastFailover.off()
                    : new FastFailover(live.settings(), prober, spec.livenessMonitor(), live.source());
            Engine engine = new Engine(router, history.store(), spec.routerKey(), spec.policy(), clock, spec.options(), fast);
            return new EngineSession(spec, engine, link, history, router, prober, shell);
        } catch (RuntimeException e) {
            history.store().close();
            shell.close();
            throw e;
        }
    }
}
