package io.github.vpnfailover.store;

import io.github.vpnfailover.core.Sample;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A read MIB.json: each tunnel's samples newest first, in the file's order, and how its times were read. */
public record MibFile(Map<String, List<Sample>> tunnels, MibTimeReport times) {

    public MibFile {
        Map<String, List<Sample>> copy = new LinkedHashMap<>();
        tunnels.forEach((t, list) -> copy.put(t, List.copyOf(list)));
        tunnels = Collections.unmodifiableMap(copy);
    }

    public int sampleCount() {
        return tunnels.values().stream().mapToInt(List::size).sum();
    }
}
