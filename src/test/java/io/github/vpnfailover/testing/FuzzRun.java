package io.github.vpnfailover.testing;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Runs one fuzz campaign: {@code rounds} inputs into {@code target}, each outcome classified by name. Any
 * exception that {@code typed} does not accept fails with the seed, the round and the input; the whole loop
 * runs under {@code assertTimeoutPreemptively}, so a hang fails too. Rerun with {@code -Dfuzz.seed=N}.
 */
public final class FuzzRun {

    /** The figures of a finished run. */
    public record Figures(String name, long seed, int rounds, long millis, double slowestInputMillis, Map<String, Integer> outcomes) {
        @Override
        public String toString() {
            return name + ": " + rounds + " inputs in " + millis + " ms (slowest input " + String.format(java.util.Locale.ROOT,
                    "%.1f", slowestInputMillis) + " ms), seed " + seed + ", outcomes " + outcomes;
        }
    }

    /** Turns a seeded random into a fresh input. */
    @FunctionalInterface
    public interface Inputs<I> {
        I next(Random random);
    }

    private FuzzRun() {
    }

    public static <I> Figures run(String name, int rounds, Duration limit, Inputs<I> inputs, Function<I, String> target,
            Predicate<Throwable> typed) {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        System.out.println(name + " seed=" + seed + " (rerun with -Dfuzz.seed=" + seed + ")");
        Map<String, Integer> outcomes = new TreeMap<>();
        double[] slowest = {0};
        long start = System.nanoTime();
        assertTimeoutPreemptively(limit, () -> {
            Random random = new Random(seed);
            for (int i = 0; i < rounds; i++) {
                I input = inputs.next(random);
                long t0 = System.nanoTime();
                String outcome;
                try {
                    outcome = target.apply(input);
                } catch (Throwable e) {
                    if (!typed.test(e)) {
                        e.printStackTrace();
                        fail(name + ": untyped " + e + " at round " + i + ", seed " + seed + ", input " + show(input));
                    }
                    outcome = e.getClass().getSimpleName();
                }
                slowest[0] = Math.max(slowest[0], (System.nanoTime() - t0) / 1e6);
                if (outcome == null) {
                    fail(name + ": null outcome at round " + i + ", seed " + seed + ", input " + show(input));
                }
                outcomes.merge(outcome, 1, Integer::sum);
            }
        }, () -> name + " did not finish in " + limit + " (a hang?), seed " + seed);
        Figures f = new Figures(name, seed, rounds, (System.nanoTime() - start) / 1_000_000, slowest[0], outcomes);
        System.out.println(f);
        return f;
    }

    private static String show(Object input) {
        String s = input instanceof byte[] b ? new String(b, java.nio.charset.StandardCharsets.UTF_8) : String.valueOf(input);
        s = s.length() > 2000 ? s.substring(0, 2000) + "…(" + s.length() + " chars)" : s;
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            sb.append(c == '\n' ? "\\n" : c == '"' ? "\\\"" : c < 32 || c > 126 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return sb.append('"').toString();
    }
}
