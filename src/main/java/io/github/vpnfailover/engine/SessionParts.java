package io.github.vpnfailover.engine;

import io.github.vpnfailover.core.SwitchOptions;
import io.github.vpnfailover.router.LivenessProber;
import io.github.vpnfailover.router.PingProber;
import io.github.vpnfailover.router.Privilege;
import io.github.vpnfailover.router.RemoteShell;
import io.github.vpnfailover.router.Router;
import io.github.vpnfailover.router.RouterControl;
import java.time.Clock;

/**
 * The parts a session builds over its opened shell: the router (with the spec's privilege) and the liveness
 * prober (null: no fast path). The real ones are {@link #real}; tests hand in fakes.
 */
public interface SessionParts {

    RouterControl router(RemoteShell shell, Privilege privilege);

    /** The router with the profile's switch options (decisions 0171, 0172); parts that ignore them need not say. */
    default RouterControl router(RemoteShell shell, Privilege privilege, SwitchOptions options) {
        return router(shell, privilege);
    }

    LivenessProber prober(RemoteShell shell);

    /** The prober for a login with {@code privilege}; parts that need none need not say. */
    default LivenessProber prober(RemoteShell shell, Privilege privilege) {
        return prober(shell);
    }

    /** The real {@link Router} and {@link PingProber}. */
    static SessionParts real(Clock clock) {
        return new SessionParts() {
            @Override
            public RouterControl router(RemoteShell shell, Privilege privilege) {
                return new Router(shell, clock, privilege);
            }

            @Override
            public RouterControl router(RemoteShell shell, Privilege privilege, SwitchOptions options) {
                return new Router(shell, clock, privilege, options);
            }

            @Override
            public LivenessProber prober(RemoteShell shell) {
                return new PingProber(shell);
            }

            @Override
            public LivenessProber prober(RemoteShell shell, Privilege privilege) {
                return new PingProber(shell, privilege);
            }
        };
    }
}
