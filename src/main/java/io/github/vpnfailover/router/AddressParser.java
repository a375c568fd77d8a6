package io.github.vpnfailover.router;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code ip -o addr} (iproute2 and busybox print the same one-line form). */
public final class AddressParser {

    private static final Pattern LINE = Pattern.compile(
            "^\\d{1,9}: (\\S+?)\\s+(inet6?) ([0-9A-Fa-f.:]+)(?:/(\\d{1,3}))?(?: peer ([0-9A-Fa-f.:]+)(?:/(\\d{1,3}))?)?(?:\\s|$).*");

    public List<Parsed<AddressInfo>> parse(String output) {
        List<Parsed<AddressInfo>> result = new ArrayList<>();
        if (output == null) {
            return result;
        }
        for (String line : output.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                result.add(Parsed.unparsed("not an 'ip -o addr' line", line));
                continue;
            }
            String family = m.group(2);
            String prefix = m.group(5) != null ? m.group(6) : m.group(4);
            int defaultPrefix = "inet".equals(family) ? 32 : 128;
            int bits = prefix == null ? defaultPrefix : Integer.parseInt(prefix);
            if (bits > defaultPrefix) {
                result.add(Parsed.unparsed("prefix /" + bits + " is longer than an " + family + " address", line));
                continue;
            }
            result.add(Parsed.ok(new AddressInfo(m.group(1), family, m.group(3), bits, m.group(5))));
        }
        return result;
    }
}
