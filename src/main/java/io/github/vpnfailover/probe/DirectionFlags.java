package io.github.vpnfailover.probe;

/** How the caller asks for each tls-auth key direction (flags, settings), so a failed probe can say what to try. */
@FunctionalInterface
public interface DirectionFlags {

    /** What the operator gives to get {@code direction}, e.g. "--tls-auth-inverse or --key-direction 0". */
    String howToAsk(KeyDirection direction);

    /** Plain words ("key-direction 0"), for callers without flags of their own. */
    static DirectionFlags plain() {
        return KeyDirection::label;
    }
}
