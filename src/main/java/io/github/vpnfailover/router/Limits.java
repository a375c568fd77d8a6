package io.github.vpnfailover.router;

/** Range checks for the numbers that go into commands (counts, intervals, caps). */
public final class Limits {

    private Limits() {
    }

    /** Returns {@code value} when {@code min <= value <= max}, else refuses it naming {@code what}. */
    public static long inRange(String what, long value, long min, long max) {
        if (value < min || value > max) {
            throw new UnsafeValueException(what, Long.toString(value), "must be between " + min + " and " + max);
        }
        return value;
    }

    /** Same for a decimal number such as the ping interval. */
    public static double inRange(String what, double value, double min, double max) {
        if (Double.isNaN(value) || value < min || value > max) {
            throw new UnsafeValueException(what, Double.toString(value), "must be between " + min + " and " + max);
        }
        return value;
    }
}
