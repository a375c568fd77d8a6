package io.github.vpnfailover.router;

import java.util.ArrayList;
import java.util.List;

/** Reads {@code ip route} from iproute2 and busybox (keywords in any order, extra words ignored). */
public final class RouteParser {

    public List<Parsed<RouteInfo>> parse(String output) {
        List<Parsed<RouteInfo>> result = new ArrayList<>();
        if (output == null) {
            return result;
        }
        for (String line : output.split("\\R")) {
            if (!line.isBlank()) {
                result.add(parseLine(line));
            }
        }
        return result;
    }

    Parsed<RouteInfo> parseLine(String line) {
        String[] words = line.trim().split("\\s+");
        int start = 0;
        String type = "unicast";
        // Route types such as "unreachable" or "blackhole" come before the destination.
        if (words.length > 1 && List.of("unicast", "unreachable", "blackhole", "prohibit", "throw").contains(words[0])) {
            start = 1;
            type = words[0];
        }
        String destination = words[start];
        if (!destination.equals("default") && !destination.matches("[0-9A-Fa-f.:]+(/\\d{1,3})?")) {
            return Parsed.unparsed("not an 'ip route' line", line);
        }
        String via = null;
        String dev = null;
        Integer metric = null;
        for (int i = start + 1; i + 1 < words.length; i++) {
            switch (words[i]) {
                case "via" -> via = words[++i];
                case "dev" -> dev = words[++i];
                case "metric" -> metric = parseMetric(words[++i]);
                default -> { }
            }
        }
        if (via != null && via.equals("inet") || via != null && via.equals("inet6")) {
            return Parsed.unparsed("'via <family>' routes are not supported", line);
        }
        return Parsed.ok(new RouteInfo(destination, via, dev, metric, type));
    }

    private static Integer parseMetric(String word) {
        return word.matches("\\d{1,9}") ? Integer.valueOf(word) : null;
    }
}
