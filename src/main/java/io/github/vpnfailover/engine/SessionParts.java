package io.github.vpnfailover.engine;

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

    LivenessProber prober(RemoteShell shell);

    /** The real {@link Router} and {@link PingProber}. */
    static SessionParts real(Clock clock) {
        return new SessionParts() {
            @Override
            public RouterControl router(RemoteShell shell, Privilege privilege) {
                return new Router(shell, clock, privilege);
            }

            @Override
            public LivenessProber prober(RemoteShell shell) {
                return new PingProber(shell);
            }
        };
    }
}
