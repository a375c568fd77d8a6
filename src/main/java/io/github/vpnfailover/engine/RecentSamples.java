package io.github.vpnfailover.engine;

import io.github.vpnfailover.core.Sample;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The only samples the engine keeps in memory: per tunnel its newest {@code depth} good samples and its latest
 * sample. Memory stays bounded by tunnels × depth however long the stored history grows.
 */
final class RecentSamples {

    private final Map<String, Deque<Sample>> good = new HashMap<>();
    private final Map<String, Sample> latest = new HashMap<>();
    private final Map<String, Integer> loadedDepth = new HashMap<>();

    synchronized boolean needsLoad(String tunnel, int depth) {
        return loadedDepth.getOrDefault(tunnel, 0) < depth;
    }

    /** Seeds a tunnel from the store (both lists newest first). */
    synchronized void load(String tunnel, int depth, List<Sample> newestGood, List<Sample> newest) {
        Deque<Sample> d = new ArrayDeque<>(newestGood.subList(0, Math.min(depth, newestGood.size())));
        good.put(tunnel, d);
        if (!newest.isEmpty()) {
            latest.put(tunnel, newest.get(0));
        }
        loadedDepth.put(tunnel, depth);
    }

    synchronized void add(Sample s, int depth) {
        latest.put(s.tunnel(), s);
        if (s.isGood()) {
            Deque<Sample> d = good.computeIfAbsent(s.tunnel(), t -> new ArrayDeque<>());
            d.addFirst(s);
            while (d.size() > depth) {
                d.removeLast();
            }
        }
    }

    /** Newest-first windows for the scorer, in the order of {@code tunnels}. */
    synchronized Map<String, List<Sample>> windows(List<String> tunnels) {
        Map<String, List<Sample>> out = new LinkedHashMap<>();
        for (String t : tunnels) {
            out.put(t, new ArrayList<>(good.getOrDefault(t, new ArrayDeque<>())));
        }
        return out;
    }

    synchronized Map<String, Sample> latest() {
        return Map.copyOf(latest);
    }

    synchronized int size() {
        return good.values().stream().mapToInt(Deque::size).sum() + latest.size();
    }
}
