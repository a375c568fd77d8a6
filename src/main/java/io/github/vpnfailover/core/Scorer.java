package io.github.vpnfailover.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns each tunnel's newest {@code depth} good samples into a score, NORMALIZED (weighted, in [0, 1])
 * or CLASSIC (the old Python manager's sum). A tunnel with fewer than {@code depth} good samples has none, and
 * so has one whose sum is not a finite number (see {@link TunnelScore}).
 */
public final class Scorer {

    /** The old script divided by the latency; a zero reading would have crashed it, we clamp instead. */
    static final double MIN_LATENCY_MS = 0.001;

    /** Scores every tunnel in {@code history} (each list newest first; failed samples are skipped). */
    public ScoreBoard score(Map<String, List<Sample>> history, Policy policy) {
        Map<String, List<Sample>> windows = new LinkedHashMap<>();
        List<TunnelScore> unscored = new ArrayList<>();
        history.forEach((tunnel, samples) -> {
            List<Sample> w = window(samples, policy.depth());
            if (w.size() < policy.depth()) {
                unscored.add(new TunnelScore(tunnel, null,
                        w.size() + " of " + policy.depth() + " good samples"));
            } else {
                windows.put(tunnel, w);
            }
        });
        Map<String, Double> scores = policy.scoring() == ScoringMode.CLASSIC
                ? classic(windows, policy) : normalized(windows, policy);
        List<TunnelScore> out = new ArrayList<>();
        for (String tunnel : history.keySet()) {
            Double s = scores.get(tunnel);
            out.add(s != null ? new TunnelScore(tunnel, s, null)
                    : unscored.stream().filter(u -> u.tunnel().equals(tunnel)).findFirst().orElseThrow());
        }
        return new ScoreBoard(out);
    }

    /** The newest {@code depth} good samples of a newest-first list; one with a metric out of range is not good. */
    static List<Sample> window(List<Sample> newestFirst, int depth) {
        List<Sample> w = new ArrayList<>(depth);
        for (Sample s : newestFirst) {
            if (w.size() == depth) {
                break;
            }
            if (s.isGood() && MetricRange.problem(s) == null) {
                w.add(s);
            }
        }
        return w;
    }

    private static Map<String, Double> classic(Map<String, List<Sample>> windows, Policy p) {
        Map<String, Double> out = new LinkedHashMap<>();
        windows.forEach((tunnel, w) -> {
            double score = 0;
            for (Sample s : w) {
                score += orZero(s.uploadMbps()) * p.uploadWeight()
                        + orZero(s.downloadMbps()) * p.downloadWeight()
                        + (1.0 / Math.max(s.latencyMs(), MIN_LATENCY_MS)) * p.latencyWeight();
            }
            out.put(tunnel, score);
        });
        return out;
    }

    private static Map<String, Double> normalized(Map<String, List<Sample>> windows, Policy p) {
        Map<String, Averages> avg = new LinkedHashMap<>();
        windows.forEach((t, w) -> avg.put(t, Averages.of(w)));
        double bestLatency = avg.values().stream().mapToDouble(Averages::latency).min().orElse(0);
        double bestDown = avg.values().stream().mapToDouble(Averages::download).max().orElse(0);
        double bestUp = avg.values().stream().mapToDouble(Averages::upload).max().orElse(0);
        // A throughput nobody measured (no URL configured, or every transfer failed) says nothing: leave it out.
        double wDown = bestDown > 0 ? p.downloadWeight() : 0;
        double wUp = bestUp > 0 ? p.uploadWeight() : 0;
        double wSum = p.latencyWeight() + p.lossWeight() + wDown + wUp;
        Map<String, Double> out = new LinkedHashMap<>();
        avg.forEach((t, a) -> {
            double nLatency = a.latency() <= 0 ? 1.0 : bestLatency / a.latency();
            double nLoss = 1.0 - a.loss() / 100.0;
            double nDown = bestDown > 0 ? a.download() / bestDown : 0;
            double nUp = bestUp > 0 ? a.upload() / bestUp : 0;
            double sum = p.latencyWeight() * nLatency + p.lossWeight() * nLoss + wDown * nDown + wUp * nUp;
            out.put(t, wSum == 0 ? 1.0 : clamp(sum / wSum));
        });
        return out;
    }

    private static double clamp(double v) {
        return Math.max(0.0, Math.min(1.0, v));
    }

    private static double orZero(Double d) {
        return d == null ? 0.0 : d;
    }

    /** A window's means; a failed transfer counts as 0 throughput, a missing loss as 100 %. */
    private record Averages(double latency, double loss, double download, double upload) {
        static Averages of(List<Sample> w) {
            double lat = 0, loss = 0, down = 0, up = 0;
            for (Sample s : w) {
                lat += s.latencyMs();
                loss += s.lossPercent() == null ? 100.0 : Math.max(0, Math.min(100, s.lossPercent()));
                down += orZero(s.downloadMbps());
                up += orZero(s.uploadMbps());
            }
            int n = w.size();
            return new Averages(lat / n, loss / n, down / n, up / n);
        }
    }
}
