package io.github.vpnfailover.core;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Chooses stay, switch or failover from a {@link Situation}, each with a reason a person can read. */
public final class Decider {

    /** Rounding slack so that a candidate exactly at the threshold counts as meeting it. */
    private static final double EPSILON = 1e-9;

    private final HoldDown holdDown;

    public Decider(HoldDown holdDown) {
        this.holdDown = holdDown;
    }

    public Decision decide(Situation s, Policy policy) {
        String active = s.active();
        if (active == null || !s.tunnels().contains(active)) {
            String what = active == null ? "no tunnel is active"
                    : "traffic uses " + active + ", which is not a measured tunnel (gone, or not a VPN interface)";
            return failover(s, active, what, true);
        }
        if (s.isDown(active)) {
            return failover(s, active, s.downReason(active), true);
        }
        if (s.held().contains(active)) {
            return failover(s, active, active + " is held out of rotation by the operator", true);
        }
        Double activeScore = s.scores().score(active);
        if (!MetricRange.isScore(activeScore)) {
            // An unscored but answering tunnel is only left for a scored one, never for another unknown.
            return failover(s, active, active + " has no score", false);
        }
        return quality(s, active, activeScore, policy);
    }

    private Decision quality(Situation s, String active, double activeScore, Policy policy) {
        Optional<String> best = s.tunnels().stream()
                .filter(t -> !t.equals(active) && s.isEligible(t))
                .max(Comparator.comparingDouble(t -> s.scores().score(t)));
        if (best.isEmpty()) {
            return Decision.stay(active, active + " stays: no other eligible tunnel");
        }
        String cand = best.get();
        double candScore = s.scores().score(cand);
        double needed = activeScore * (1 + policy.threshold());
        String compare = String.format(Locale.ROOT, "%s scores %s vs %s %s (%s %s %d %%)", cand, num(candScore),
                active, num(activeScore), gain(candScore, activeScore),
                candScore >= needed - EPSILON && candScore > activeScore ? "≥" : "<",
                Math.round(policy.threshold() * 100));
        compare += handshakes(s, cand, active);
        if (candScore < needed - EPSILON || candScore <= activeScore) {
            return Decision.stay(active, active + " stays: " + compare);
        }
        Duration left = holdDown.remaining(policy.holdDownSeconds());
        if (!left.isZero()) {
            return Decision.stay(active, active + " stays: " + compare + ", but hold-down has "
                    + Math.max(1, (left.toMillis() + 999) / 1000) + " s left");
        }
        return new Decision(DecisionKind.SWITCH, active, cand, compare);
    }

    private static Decision failover(Situation s, String active, String why, boolean allowUnscored) {
        Optional<String> best = s.tunnels().stream()
                .filter(t -> !t.equals(active) && s.isEligible(t))
                .max(Comparator.comparingDouble(t -> s.scores().score(t)));
        if (best.isPresent()) {
            return new Decision(DecisionKind.FAILOVER, active, best.get(),
                    why + ": failing over to " + best.get() + " (best score " + num(s.scores().score(best.get()))
                            + handshake(s, best.get()) + ")");
        }
        if (allowUnscored) {
            Optional<String> answered = s.tunnels().stream()
                    .filter(t -> !t.equals(active) && s.answered(t))
                    .min(Comparator.comparingDouble(t -> s.latest().get(t).latencyMs()));
            if (answered.isPresent()) {
                return new Decision(DecisionKind.FAILOVER, active, answered.get(), why + ": failing over to "
                        + answered.get() + " (no tunnel has a score; it answered its last measurement, "
                        + num(s.latest().get(answered.get()).latencyMs()) + " ms)");
            }
            return Decision.stay(active, why + unusable(s, active) + ": nothing to fail over to");
        }
        return Decision.stay(active, why + " yet and no other tunnel has one: stays");
    }

    /** "; wg1: WireGuard handshake 5 s ago" for each of the tunnels that is WireGuard. */
    private static String handshakes(Situation s, String... tunnels) {
        var sb = new StringBuilder();
        for (String t : tunnels) {
            String h = HandshakeRule.describe(s.latest().get(t));
            if (h != null) {
                sb.append("; ").append(t).append(": ").append(h);
            }
        }
        return sb.toString();
    }

    /** ", WireGuard handshake 12 s ago" for a WireGuard tunnel, else nothing. */
    private static String handshake(Situation s, String tunnel) {
        String h = HandshakeRule.describe(s.latest().get(tunnel));
        return h == null ? "" : ", " + h;
    }

    /** Never claims a tunnel did not answer when only liveness or the operator holds it back. */
    private static String unusable(Situation s, String active) {
        // "no other tunnel answered" beside the error "the router has no usable tunnel" read as if tunnels existed
        if (s.tunnels().stream().allMatch(t -> t.equals(active))) {
            return s.tunnels().contains(active) ? ", and the router has no other tunnel" : ", and the router has no tunnel";
        }
        List<String> liveHeld = s.tunnels().stream().filter(t -> !t.equals(active) && s.liveDown().contains(t)
                && s.latest().get(t) != null && s.latest().get(t).isGood() && !s.held().contains(t)).toList();
        List<String> opHeld = s.tunnels().stream().filter(t -> !t.equals(active) && s.held().contains(t)).toList();
        if (liveHeld.isEmpty() && opHeld.isEmpty()) {
            return ", but no other tunnel answered";
        }
        List<String> parts = new java.util.ArrayList<>();
        if (!liveHeld.isEmpty()) {
            parts.add(String.join(", ", liveHeld) + ": down by liveness, though the last measurement answered");
        }
        if (!opHeld.isEmpty()) {
            parts.add(String.join(", ", opHeld) + ": held out of rotation by the operator");
        }
        return ", but no other tunnel is usable (" + String.join("; ", parts) + ")";
    }

    private static String gain(double cand, double active) {
        if (active <= 0) {
            return "+∞ %";
        }
        long pct = Math.round((cand / active - 1) * 100);
        return (pct >= 0 ? "+" : "") + pct + " %";
    }

    /** Two decimals for normalized scores, fewer for the large classic sums. */
    static String num(double v) {
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.0f" : Math.abs(v) >= 10 ? "%.1f" : "%.2f", v);
    }
}
