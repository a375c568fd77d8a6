package io.github.vpnfailover.engine;

import java.time.Duration;
import java.util.List;

/**
 * How the engine runs, beside the policy: {@code parallel} measures all tunnels at once (only for tunnels on
 * separate physical links); {@code tunnelTimeout} caps one tunnel's measurement (null = derived from the
 * measurement settings); {@code onlyTunnels} limits the cycle to these tunnels (empty = all).
 */
public record EngineOptions(boolean parallel, Duration tunnelTimeout, List<String> onlyTunnels) {

    public EngineOptions {
        onlyTunnels = onlyTunnels == null ? List.of() : List.copyOf(onlyTunnels);
    }

    public static EngineOptions defaults() {
        return new EngineOptions(false, null, List.of());
    }
}
