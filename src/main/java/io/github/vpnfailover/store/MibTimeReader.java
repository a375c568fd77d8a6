package io.github.vpnfailover.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads MIB.json's {@code time} values: unix seconds, ISO-8601, or the old manager's
 * {@code strftime("%m/%d %H:%M:%S")} (local time, no year). The year of such a string is inferred while each
 * tunnel is walked from its newest record to its oldest: the newest gets the latest year that puts it no later
 * than {@code notAfter}, and a month that jumps forward means the year before (decision 0100).
 */
final class MibTimeReader {

    static final Pattern MONTH_DAY = Pattern.compile("(\\d{2})/(\\d{2}) (\\d{2}):(\\d{2}):(\\d{2})");

    /** The widest gap between two time zones: a manager that ran in another zone may look this far ahead. */
    static final Duration ZONE_SLACK = Duration.ofHours(26);

    private final ZoneId zone;
    private final Instant notAfter;
    private final String notAfterSource;
    private final Integer newestYear;
    private final boolean dayMonth;
    private int monthDay;
    private int unix;
    private int iso;
    private Integer inferredNewest;
    private final List<MibTimeReport.Boundary> boundaries = new ArrayList<>();
    private int leapShifts;
    private long ahead;

    /**
     * {@code notAfter}: no record may be later (plus {@link #ZONE_SLACK}); {@code newestYear}, when given, is the
     * year of each tunnel's newest month/day record; {@code dayMonth}: the strings are "%d/%m" (an early manager).
     */
    MibTimeReader(ZoneId zone, Instant notAfter, String notAfterSource, Integer newestYear, boolean dayMonth) {
        this.zone = zone;
        this.notAfter = notAfter;
        this.notAfterSource = notAfterSource;
        this.newestYear = newestYear;
        this.dayMonth = dayMonth;
    }

    MibTimeReport report() {
        return new MibTimeReport(monthDay, unix, iso, dayMonth, zone, notAfter, notAfterSource, newestYear, inferredNewest,
                boundaries, leapShifts, ahead);
    }

    /** A walk through one tunnel's records, newest first. */
    Walk tunnel(String name) {
        return new Walk(name);
    }

    /** The state of one tunnel's walk: the newer record's local time and instant. */
    final class Walk {
        private final String tunnel;
        private LocalDateTime newer;
        private Instant newerInstant;

        private Walk(String tunnel) {
            this.tunnel = tunnel;
        }

        Instant next(JsonNode t, String where) throws StoreException {
            Instant at;
            try {
                if (t.isNumber()) {
                    at = LegacyTimes.fromSeconds(t.decimalValue());
                    unix++;
                } else if (t.isTextual() && MONTH_DAY.matcher(t.asText()).matches()) {
                    at = monthDay(t.asText(), where);
                    monthDay++;
                } else if (t.isTextual()) {
                    String s = t.asText().trim();
                    boolean numeric = s.matches("-?\\d+(\\.\\d+)?");
                    at = numeric ? LegacyTimes.fromSeconds(new BigDecimal(s)) : Instant.parse(s);
                    if (numeric) {
                        unix++;
                    } else {
                        iso++;
                    }
                } else {
                    throw new StoreException(where + ": 'time' must be \"MM/DD hh:mm:ss\" or unix seconds, found "
                            + SettingsReader.abbreviate(t.toString()));
                }
                // Inside the try: an instant near Instant.MAX has no local date-time.
                newer = LocalDateTime.ofInstant(at, zone);
            } catch (ArithmeticException | DateTimeException e) {
                throw new StoreException(where + ": unreadable time " + SettingsReader.abbreviate(t.toString()) + ": "
                        + e.getMessage(), e);
            }
            newerInstant = at;
            return at;
        }

        private Instant monthDay(String text, String where) throws StoreException {
            Matcher m = MONTH_DAY.matcher(text);
            m.matches();
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(2));
            int month = dayMonth ? second : first;
            int day = dayMonth ? first : second;
            int hour = Integer.parseInt(m.group(3));
            int minute = Integer.parseInt(m.group(4));
            int sec = Integer.parseInt(m.group(5));
            if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || sec > 59) {
                throw new StoreException(where + ": unreadable time \"" + text + "\": not a "
                        + (dayMonth ? "day/month" : "month/day") + " hh:mm:ss time");
            }
            int year;
            if (newer == null) {
                year = newestYear != null ? newestYear : notAfter.atZone(zone).getYear();
            } else {
                year = newer.getYear() - (month > newer.getMonthValue() ? 1 : 0);
            }
            Instant at = resolve(dated(year, month, day, hour, minute, sec, where));
            while (newestYear == null && at.isAfter(notAfter.plus(ZONE_SLACK))) {
                at = resolve(dated(at.atZone(zone).getYear() - 1, month, day, hour, minute, sec, where));
            }
            int finalYear = LocalDateTime.ofInstant(at, zone).getYear();
            if (newer == null) {
                inferredNewest = inferredNewest == null ? finalYear : Math.max(inferredNewest, finalYear);
                ahead = Math.max(ahead, Duration.between(notAfter, at).getSeconds());
            } else if (finalYear < newer.getYear()) {
                boundaries.add(new MibTimeReport.Boundary(tunnel, text, finalYear));
            }
            return at;
        }

        private LocalDateTime dated(int year, int month, int day, int hour, int minute, int sec, String where)
                throws StoreException {
            int y = year;
            if (month == 2 && day == 29 && !Year.isLeap(y)) {
                while (!Year.isLeap(y)) {
                    y--;
                }
                leapShifts++;
            }
            try {
                return LocalDateTime.of(y, month, day, hour, minute, sec);
            } catch (DateTimeException e) {
                throw new StoreException(where + ": unreadable time: " + e.getMessage(), e);
            }
        }

        /**
         * A local time the clocks passed twice (the hour after a fall-back) is taken at its later instant unless
         * that would put it after the newer record, so one tunnel's records keep their order and stay distinct.
         */
        private Instant resolve(LocalDateTime local) {
            List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
            if (offsets.size() < 2) {
                return local.atZone(zone).toInstant();
            }
            Instant earlier = local.toInstant(offsets.get(0));
            Instant later = local.toInstant(offsets.get(1));
            if (later.isBefore(earlier)) {
                Instant swap = earlier;
                earlier = later;
                later = swap;
            }
            boolean laterFits = (newerInstant == null || !later.isAfter(newerInstant)) && !later.isAfter(notAfter.plus(ZONE_SLACK));
            return laterFits ? later : earlier;
        }
    }
}
