package io.github.vpnfailover.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Picks the reasons of one part out of a sample's {@code error} ("download: …; upload: …"), so a "–" in the
 * table can say on hover why that value is missing.
 */
final class PartReasons {

    private PartReasons() {
    }

    /** The reasons whose part starts with {@code part} ("ping", "download", "upload"), joined; null when none. */
    static String of(String error, String part) {
        if (error == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String r : error.split("; ")) {
            if (r.toLowerCase(Locale.ROOT).startsWith(part)) {
                out.add(r);
            }
        }
        return out.isEmpty() ? null : String.join("; ", out);
    }
}
