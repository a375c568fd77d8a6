package io.github.vpnfailover.ui.connect;

import io.github.vpnfailover.store.RouterProfile;

/** How a router reads in the list of routers: its name and where it is, the address once when the name is the address. */
final class ProfileLabel {

    private ProfileLabel() {
    }

    static String of(RouterProfile p) {
        if (p.isLocal()) {
            return p.name() + "  (no SSH: measure this machine's tunnels)";
        }
        String where = (p.user() == null ? "" : p.user() + "@") + p.host() + (p.port() == null ? "" : ":" + p.port());
        return p.name().equals(where) ? where : p.name() + "  — " + where;
    }
}
