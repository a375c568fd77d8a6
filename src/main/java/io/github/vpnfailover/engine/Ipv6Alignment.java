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

    /** A drift found: IPv4 through {@code tunnel}, IPv6 through {@code ipv6Device}, itself a tunnel or not. */
    record Drift(String tunnel, String ipv6Device, boolean ipv6OnATunnel) {

        /** What was found, e.g. "IPv4 goes through tun0 but IPv6 through wan0, outside the tunnels". */
        String found() {
            return "IPv4 goes through " + tunnel + " but IPv6 through "
                    + (ipv6OnATunnel ? "another tunnel, " + ipv6Device : ipv6Device + ", outside the tunnels");
        }

        /** The reason of the re-switch. */
        String reason() {
            return found() + ": the routes of both families are set again for " + tunnel;
        }
    }

    private ActiveRoutes tried;

    /** The drift to mend by a re-switch to {@code routes.ipv4()}, if IPv6 drifted and this state was not tried yet. */
    Optional<Drift> drift(ActiveRoutes routes, List<String> tunnels) {
        if (routes.ipv4() == null || !tunnels.contains(routes.ipv4()) || routes.ipv6Blocked() || routes.ipv6() == null
                || routes.ipv6().equals(routes.ipv4())) {
            tried = null;
            return Optional.empty();
        }
        if (routes.equals(tried)) {
            return Optional.empty();
        }
        tried = routes;
        return Optional.of(new Drift(routes.ipv4(), routes.ipv6(), tunnels.contains(routes.ipv6())));
    }
}
