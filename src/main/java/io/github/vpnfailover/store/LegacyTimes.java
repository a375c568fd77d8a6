package io.github.vpnfailover.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The two spellings of a MIB.json time: unix seconds, and the old manager's local "%m/%d %H:%M:%S". */
final class LegacyTimes {

    /** Instant's range in seconds; checked first so "1e999999999" is refused without building a huge number. */
    private static final BigDecimal MAX_SECONDS = BigDecimal.valueOf(Instant.MAX.getEpochSecond());

    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM/dd HH:mm:ss", Locale.ROOT);

    private LegacyTimes() {
    }

    static Instant fromSeconds(BigDecimal seconds) {
        if (seconds.abs().compareTo(MAX_SECONDS) > 0) {
            throw new DateTimeException(seconds.toString().length() > 40 ? "time out of range" : seconds + " s is out of range");
        }
        if (seconds.signum() != 0 && seconds.precision() - seconds.scale() < -10) {
            // Below a nanosecond ("1e-999999999"): zero, instead of rounding away a billion-digit fraction.
            seconds = BigDecimal.ZERO;
        }
        BigDecimal whole = new BigDecimal(seconds.toBigInteger());
        long nanos = seconds.subtract(whole).movePointRight(9).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
        return Instant.ofEpochSecond(whole.longValueExact(), nanos);
    }

    /** Whole seconds without ".0", a fraction only when there is one (1700000600.513). */
    static String toSeconds(Instant t) {
        BigDecimal s = BigDecimal.valueOf(t.getEpochSecond()).add(BigDecimal.valueOf(t.getNano(), 9)).stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /** What the old manager's {@code time.strftime("%m/%d %H:%M:%S")} printed at {@code t} in {@code zone}. */
    static String toMonthDay(Instant t, ZoneId zone) {
        return MONTH_DAY.format(t.atZone(zone));
    }
}
