package io.github.vpnfailover.core;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * {@code String.format(Locale.ROOT, "%.Nf")} and {@code "%.Ng"} for the short-lived {@code check-openvpn}, whose
 * every start paid about 5 ms for {@link java.util.Formatter}'s locale data (decision 0207). Same digits: the
 * Formatter rounds half up from the shortest decimal that names the double, which is {@link Double#toString}.
 */
public final class DecimalText {

    private static final BigDecimal TEN_TO_MINUS_4 = new BigDecimal("0.0001");

    private DecimalText() {
    }

    /** As {@code %.<decimals>f}. */
    public static String fixed(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return sign(value) + exact(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    /** As {@code %.<digits>g}: plain from 10^-4 up to 10^digits after rounding, else d.dddde+XX. */
    public static String significant(double value, int digits) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return sign(value) + BigDecimal.ZERO.setScale(digits - 1).toPlainString();
        }
        BigDecimal rounded = exact(value).round(new MathContext(digits, RoundingMode.HALF_UP));
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (rounded.compareTo(TEN_TO_MINUS_4) >= 0 && exponent < digits) {
            return sign(value) + rounded.setScale(Math.max(0, digits - 1 - exponent), RoundingMode.HALF_UP).toPlainString();
        }
        String mantissa = rounded.movePointLeft(exponent).setScale(digits - 1, RoundingMode.HALF_UP).toPlainString();
        int e = Math.abs(exponent);
        return sign(value) + mantissa + "e" + (exponent < 0 ? "-" : "+") + (e < 10 ? "0" : "") + e;
    }

    private static BigDecimal exact(double value) {
        return new BigDecimal(Double.toString(Math.abs(value)));
    }

    private static String sign(double value) {
        return value < 0 || 1 / value < 0 ? "-" : "";
    }
}
