package io.github.vpnfailover.core;

/**
 * The values a metric may take: a finite number, not negative, and for loss at most 100 %. Every reader
 * (router output, the old MIB.json, the history) refuses anything else, so NaN or infinity never reaches
 * a score (decision 0101).
 */
public final class MetricRange {

    private MetricRange() {
    }

    /** Null when {@code value} is absent or allowed; otherwise why not, naming {@code name}. */
    public static String problem(String name, Double value) {
        if (value == null) {
            return null;
        }
        if (!Double.isFinite(value)) {
            return name + " is " + value + ", not a finite number";
        }
        if (value < 0) {
            return name + " is negative (" + value + ")";
        }
        return null;
    }

    /** As {@link #problem}, and above 100 % is refused too. */
    public static String lossProblem(String name, Double value) {
        String p = problem(name, value);
        return p == null && value != null && value > 100 ? name + " is " + value + " %, above 100 %" : p;
    }

    /** The first metric of {@code s} outside its range, or null when all are allowed. */
    public static String problem(Sample s) {
        String[] problems = {
            problem("latency", s.latencyMs()), problem("latency min", s.latencyMinMs()),
            problem("latency max", s.latencyMaxMs()), problem("jitter", s.jitterMs()),
            lossProblem("loss", s.lossPercent()), problem("download", s.downloadMbps()), problem("upload", s.uploadMbps())
        };
        for (String p : problems) {
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /** A score that can take part in a decision: present and finite. */
    public static boolean isScore(Double score) {
        return score != null && Double.isFinite(score);
    }
}
