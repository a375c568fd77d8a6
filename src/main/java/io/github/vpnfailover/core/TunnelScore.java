package io.github.vpnfailover.core;

/**
 * One tunnel's score, or null with {@code note} saying why it has none. A score that is not a finite number
 * (NaN, infinity) is no score: it could never be compared fairly, so it can never win a decision.
 */
public record TunnelScore(String tunnel, Double score, String note) {

    public TunnelScore {
        if (score != null && !Double.isFinite(score)) {
            note = "score " + score + " is not a finite number" + (note == null ? "" : " (" + note + ")");
            score = null;
        }
    }

    public boolean scored() {
        return score != null;
    }
}
