package io.github.vpnfailover.store;

import io.github.vpnfailover.core.LivenessSettings;
import java.util.List;

/**
 * A saved router: where to connect (host null = this computer), the OpenVPN servers behind its tunnels, whether
 * route changes go through sudo ({@code sudo}, null = no) and its liveness settings ({@code liveness}, null = the
 * defaults of decision 0080). There is deliberately no password field: passwords live only in memory.
 */
public record RouterProfile(String name, String host, Integer port, String user, String identity, List<OpenVpnServer> servers,
                            Boolean sudo, LivenessSettings liveness) {

    public static final String LOCAL_NAME = "This computer";

    public RouterProfile {
        servers = servers == null ? List.of() : List.copyOf(servers);
    }

    /** A profile without sudo and with the default liveness settings. */
    public RouterProfile(String name, String host, Integer port, String user, String identity, List<OpenVpnServer> servers) {
        this(name, host, port, user, identity, servers, null, null);
    }

    public static RouterProfile local() {
        return new RouterProfile(LOCAL_NAME, null, null, null, null, List.of());
    }

    public boolean isLocal() {
        return host == null;
    }

    /** True when route changes on this router run through {@code sudo -n} (decision 0094). */
    public boolean usesSudo() {
        return Boolean.TRUE.equals(sudo);
    }

    /** The liveness settings to run with: the profile's own, else the defaults, whose targets the session resolves. */
    public LivenessSettings livenessOrDefaults() {
        return liveness != null ? liveness : LivenessSettings.defaultsFromPingTargets();
    }
}
