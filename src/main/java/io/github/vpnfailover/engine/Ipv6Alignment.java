package io.github.vpnfailover.engine;

import io.github.vpnfailover.router.ActiveRoutes;
import java.util.List;
import java.util.Optional;

/**
 * Whether IPv6 has drifted away from the IPv4 tunnel at the start of a cycle (decision 0175): IPv6 goes through a
 * device other than the active tunnel (the WAN, where it leaks, or another tunnel) and is not blocked. Each drifted
 * state is acted on once: after a re-switch that could not change it (the profile's {@code ipv6: leave}, a refusal)
 * the same state is not tried again, so the router is never hammered; a different state is.
 */
final class Ipv6Alignment {

    private ActiveRoutes tried;

    /** The reason to re-switch to {@code routes.ipv4()}, if IPv6 drifted and this state was not tried yet. */
    Optional<String> drift(ActiveRoutes routes, List<String> tunnels) {
        if (routes.ipv4() == null || !tunnels.contains(routes.ipv4()) || routes.ipv6Blocked() || routes.ipv6() == null
                || routes.ipv6().equals(routes.ipv4())) {
            tried = null;
            return Optional.empty();
        }
        if (routes.equals(tried)) {
            return Optional.empty();
        }
        tried = routes;
        String where = tunnels.contains(routes.ipv6()) ? "another tunnel, " + routes.ipv6() : routes.ipv6() + ", outside the tunnels";
        return Optional.of("IPv4 goes through " + routes.ipv4() + " but IPv6 through " + where
                + ": the routes of both families are set again for " + routes.ipv4());
    }
}
