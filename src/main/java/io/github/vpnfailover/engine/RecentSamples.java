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
 * The only samples the engine keeps in memory: per tunnel its newest good samples (at least {@link #PREVIEW_DEPTH},
 * more when {@code depth} is larger, so the policy panel can re-score a deeper draft from the engine's own window,
 * decision 0220) and its latest sample. Memory stays bounded by tunnels × kept however long the history grows.
 */
final class RecentSamples {

    /** The policy panel's largest depth slider value: the engine keeps that many good samples at least. */
    static final int PREVIEW_DEPTH = 20;

    private final Map<String, Deque<Sample>> good = new HashMap<>();
    private final Map<String, Sample> latest = new HashMap<>();
    private final Map<String, Integer> loadedDepth = new HashMap<>();

    /** How many good samples are kept per tunnel for {@code depth}. */
    static int kept(int depth) {
        return Math.max(depth, PREVIEW_DEPTH);
    }

    synchronized boolean needsLoad(String tunnel, int depth) {
        return loadedDepth.getOrDefault(tunnel, 0) < kept(depth);
    }

    /** Seeds a tunnel from the store (both lists newest first). */
    synchronized void load(String tunnel, int depth, List<Sample> newestGood, List<Sample> newest) {
        Deque<Sample> d = new ArrayDeque<>(newestGood.subList(0, Math.min(kept(depth), newestGood.size())));
        good.put(tunnel, d);
        if (!newest.isEmpty()) {
            latest.put(tunnel, newest.get(0));
        }
        loadedDepth.put(tunnel, kept(depth));
    }

    synchronized void add(Sample s, int depth) {
        latest.put(s.tunnel(), s);
        if (s.isGood()) {
            Deque<Sample> d = good.computeIfAbsent(s.tunnel(), t -> new ArrayDeque<>());
            d.addFirst(s);
            while (d.size() > kept(depth)) {
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
