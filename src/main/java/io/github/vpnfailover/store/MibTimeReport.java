package io.github.vpnfailover.store;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the {@code time} values of one MIB.json were read: how many had which form, which zone and latest
 * instant the years were taken against, and where a tunnel's history went back into the year before.
 */
public record MibTimeReport(int monthDay, int unixSeconds, int iso, boolean dayMonthOrder, ZoneId zone,
                            Instant notAfter, String notAfterSource, Integer givenNewestYear, Integer newestYear,
                            List<Boundary> boundaries, int leapDayShifts, long secondsAheadOfLatest) {

    /** Walking back through {@code tunnel}, {@code time} was the first record of {@code year}. */
    public record Boundary(String tunnel, String time, int year) { }

    public MibTimeReport {
        boundaries = List.copyOf(boundaries);
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    /** One or more sentences for the import summary; empty when the file had no month/day times. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (monthDay > 0) {
            String order = dayMonthOrder ? "day/month (an early manager's order, found from a first field above 12)"
                    : "month/day";
            StringBuilder s = new StringBuilder(monthDay + " times as " + order + " strings without a year, read as local time in "
                    + zone.getId() + "; ");
            if (givenNewestYear != null) {
                s.append("the newest record's year was given as ").append(givenNewestYear);
            } else {
                s.append("years chosen so that no record is later than ")
                        .append(WHEN.format(notAfter.atZone(zone))).append(" (").append(notAfterSource).append(")")
                        .append(newestYear == null ? "" : ": newest record in " + newestYear);
            }
            if (boundaries.isEmpty()) {
                s.append("; every tunnel stays within that year");
            }
            parts.add(s.toString());
            // Tunnels of one poll share their times, so they usually cross a new year at the same record.
            Map<String, List<String>> crossings = new LinkedHashMap<>();
            boundaries.forEach(b -> crossings.computeIfAbsent(b.year() + " at " + b.time(), k -> new ArrayList<>()).add(b.tunnel()));
            crossings.entrySet().stream().limit(5).forEach(c -> parts.add(String.join(", ", c.getValue())
                    + (c.getValue().size() == 1 ? " goes" : " go") + " back into " + c.getKey() + " (the month jumps forward)"));
            if (crossings.size() > 5) {
                parts.add("and " + (crossings.size() - 5) + " more year changes");
            }
            if (leapDayShifts > 0) {
                parts.add(leapDayShifts + " record(s) on 02/29 put in the closest earlier leap year");
            }
            if (secondsAheadOfLatest > 0) {
                parts.add("warning: the newest record is " + (secondsAheadOfLatest + 3599) / 3600
                        + " h later than that; if the old manager ran in another time zone, give it with --time-zone");
            }
        }
        if (unixSeconds > 0) {
            parts.add(unixSeconds + " times as unix seconds");
        }
        if (iso > 0) {
            parts.add(iso + " times as ISO-8601");
        }
        return String.join("; ", parts);
    }
}
