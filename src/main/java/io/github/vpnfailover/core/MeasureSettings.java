package io.github.vpnfailover.core;

import java.util.List;

/**
 * How tunnels are found, measured and switched on the router. Pure data; the router package
 * validates every value again before it goes into a command.
 */
public record MeasureSettings(
        String tunnelPattern,
        List<String> pingTargets,
        int pingCount,
        double pingIntervalSeconds,
        String downloadUrl,
        String uploadUrl,
        long maxBytes,
        int maxSeconds,
        RouteMode routeMode,
        String commandTemplate) {

    /** tun*, tap*, wg*, ppp*, vti*, ipsec*. */
    public static final String DEFAULT_TUNNEL_PATTERN = "^(tun|tap|wg|ppp|vti|ipsec)[A-Za-z0-9_.-]*$";

    /** The ranges the router accepts, checked at load by {@link PolicyValidator} and again by the router's script. */
    public static final int MAX_PING_COUNT = 100;
    public static final double MIN_PING_INTERVAL_SECONDS = 0.2;
    public static final double MAX_PING_INTERVAL_SECONDS = 60;
    public static final long MAX_BYTES_CAP = 10_000_000_000L;
    public static final int MAX_SECONDS_CAP = 3600;

    public MeasureSettings {
        pingTargets = pingTargets == null ? List.of() : List.copyOf(pingTargets);
    }

    /** Sensible defaults: no download/upload URLs (bandwidth not measured until configured). */
    public static MeasureSettings defaults() {
        return new MeasureSettings(DEFAULT_TUNNEL_PATTERN, List.of("1.1.1.1"), 4, 0.2, null, null,
                10_000_000L, 10, RouteMode.DEF1, null);
    }
}
