package io.github.vpnfailover.core;

/** One tunnel's score, or null with {@code note} saying why it has none. */
public record TunnelScore(String tunnel, Double score, String note) {

    public boolean scored() {
        return score != null;
    }
}
