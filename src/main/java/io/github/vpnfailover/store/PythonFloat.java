package io.github.vpnfailover.store;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Spells a double exactly as Python's {@code repr(float)} does, which is what the old manager's
 * {@code json.dumps} wrote: the shortest digits that read back to the same double (closest to it when several
 * do), fixed notation with at least one decimal ("61.0") for exponents -4 to 15, else "1e-05" / "1.5e+16".
 * Java's {@code Double.toString} differs ("1.0E-5", and on Java 17 not always the shortest digits).
 */
final class PythonFloat {

    private PythonFloat() {
    }

    static String repr(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0.0" : "0.0";
        }
        BigDecimal shortest = shortest(Math.abs(d));
        String digits = shortest.unscaledValue().toString();
        // Value = 0.<digits> × 10^point, as Python's float formatting counts the decimal point.
        int point = digits.length() - shortest.scale();
        String body = point <= -4 || point > 16 ? scientific(digits, point - 1) : fixed(digits, point);
        return d < 0 ? "-" + body : body;
    }

    /** The fewest significant digits that parse back to {@code d}; among those, the one nearest to it. */
    private static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal rounded = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            BigDecimal step = BigDecimal.ONE.movePointLeft(rounded.scale());
            BigDecimal best = null;
            // The nearest spelling may miss d's rounding interval where it is lopsided (at a power of two) while
            // a neighbour on the wider side hits it: try both neighbours too.
            for (BigDecimal candidate : new BigDecimal[] {rounded, rounded.subtract(step), rounded.add(step)}) {
                if (candidate.signum() > 0 && candidate.doubleValue() == d
                        && (best == null || candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
                    best = candidate;
                }
            }
            if (best != null) {
                return best.stripTrailingZeros();
            }
        }
        return exact.round(MathContext.DECIMAL64).stripTrailingZeros();
    }

    private static String fixed(String digits, int point) {
        if (point <= 0) {
            return "0." + "0".repeat(-point) + digits;
        }
        if (point >= digits.length()) {
            return digits + "0".repeat(point - digits.length()) + ".0";
        }
        return digits.substring(0, point) + "." + digits.substring(point);
    }

    private static String scientific(String digits, int exponent) {
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String exp = String.format(java.util.Locale.ROOT, "%02d", Math.abs(exponent));
        return mantissa + "e" + (exponent < 0 ? "-" : "+") + exp;
    }
}
