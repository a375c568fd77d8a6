package io.github.vpnfailover.store;

import java.util.List;

/**
 * A saved router: where to connect (host null = this computer) and the OpenVPN servers behind its tunnels.
 * There is deliberately no password field: passwords live only in memory.
 */
public record RouterProfile(String name, String host, Integer port, String user, String identity, List<OpenVpnServer> servers) {

    public static final String LOCAL_NAME = "This computer";

    public RouterProfile {
        servers = servers == null ? List.of() : List.copyOf(servers);
    }

    public static RouterProfile local() {
        return new RouterProfile(LOCAL_NAME, null, null, null, null, List.of());
    }

    public boolean isLocal() {
        return host == null;
    }
}
