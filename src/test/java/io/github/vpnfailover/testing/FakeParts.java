package io.github.vpnfailover.testing;

import io.github.vpnfailover.engine.SessionParts;
import io.github.vpnfailover.router.LivenessProber;
import io.github.vpnfailover.router.Privilege;
import io.github.vpnfailover.router.RemoteShell;
import io.github.vpnfailover.router.RouterControl;
import java.util.function.Function;

/** Session parts for tests: a router and a liveness prober (null: no fast path) made by the given functions. */
public final class FakeParts implements SessionParts {

    private final Function<RemoteShell, RouterControl> router;
    private final Function<RemoteShell, LivenessProber> prober;

    private FakeParts(Function<RemoteShell, RouterControl> router, Function<RemoteShell, LivenessProber> prober) {
        this.router = router;
        this.prober = prober;
    }

    public static FakeParts of(Function<RemoteShell, RouterControl> router, Function<RemoteShell, LivenessProber> prober) {
        return new FakeParts(router, prober);
    }

    @Override
    public RouterControl router(RemoteShell shell, Privilege privilege) {
        return router.apply(shell);
    }

    @Override
    public LivenessProber prober(RemoteShell shell) {
        return prober.apply(shell);
    }
}
