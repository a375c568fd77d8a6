package io.github.vpnfailover.router;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the conntrack part of the switch script: "old tunX", then per address "flush ipv4 10.8.0.1" followed by
 * conntrack's own stderr ("... 3 flow entries have been deleted."), or "missing". conntrack exits 1 when it deleted
 * nothing, so its words decide, not its exit code.
 */
final class ConntrackOutput {

    private static final Pattern DELETED = Pattern.compile("(\\d{1,9}) flow entries have been deleted");

    private ConntrackOutput() {
    }

    /**
     * The script prints no conntrack part when the flush is off, when the route change was refused, and when no
     * other tunnel carried the routes before: which of the three, for a switch to {@code tunnel}.
     */
    static ConntrackFlush missing(String tunnel, boolean asked, boolean routesTaken) {
        if (!asked) {
            return ConntrackFlush.notRun("turned off (--no-flush-conntrack)");
        }
        return ConntrackFlush.notRun(routesTaken ? "nothing to flush: the routes were on " + tunnel + " already, or on no device"
                : "the route change was refused: nothing to flush");
    }

    /** The conntrack part the script printed. */
    static ConntrackFlush read(ScriptOutput.Part part) {
        String old = null;
        int deleted = 0;
        List<String> addresses = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (String line : part.text().split("\\R")) {
            String l = line.strip();
            Matcher m = DELETED.matcher(l);
            if (l.startsWith("old ")) {
                old = l.substring(4).strip();
            } else if (l.equals("missing")) {
                return new ConntrackFlush(ConntrackFlush.Status.MISSING, old, 0, "conntrack is not installed on the router; "
                        + ConntrackFlush.INSTALL_HINT);
            } else if (l.startsWith("flush ")) {
                addresses.add(l.substring(6).replaceFirst("^ipv[46] ", ""));
            } else if (m.find()) {
                deleted += Integer.parseInt(m.group(1));
            } else if (!l.isEmpty()) {
                errors.add(l);
            }
        }
        if (!errors.isEmpty()) {
            return new ConntrackFlush(ConntrackFlush.Status.FAILED, old, deleted, String.join("; ", errors));
        }
        return new ConntrackFlush(ConntrackFlush.Status.FLUSHED, old, deleted, addresses.isEmpty()
                ? old + " has no address to flush" : deleted + " entries with reply destination " + String.join(", ", addresses));
    }
}
