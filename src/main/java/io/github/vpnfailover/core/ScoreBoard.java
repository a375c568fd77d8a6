package io.github.vpnfailover.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The scorer's result for every tunnel it was given, in the order given. */
public record ScoreBoard(List<TunnelScore> entries) {

    public ScoreBoard {
        entries = List.copyOf(entries);
    }

    public static ScoreBoard empty() {
        return new ScoreBoard(List.of());
    }

    /** The score of {@code tunnel}, or null when it has none (or is unknown). */
    public Double score(String tunnel) {
        return find(tunnel).map(TunnelScore::score).orElse(null);
    }

    public Optional<TunnelScore> find(String tunnel) {
        return entries.stream().filter(e -> e.tunnel().equals(tunnel)).findFirst();
    }

    /** Tunnel → score (null values for unscored tunnels), in input order; unmodifiable. */
    public Map<String, Double> asMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        entries.forEach(e -> m.put(e.tunnel(), e.score()));
        return Collections.unmodifiableMap(m);
    }
}
