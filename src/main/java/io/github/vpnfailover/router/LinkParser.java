package io.github.vpnfailover.router;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code ip -o link} from iproute2 and busybox. The name is everything between "N: " and the ": <" before
 * the flags, so a hostile name with spaces or ';' is read whole; an "@peer" suffix (veth, vlan) is dropped.
 */
public final class LinkParser {

    private static final Pattern LINE = Pattern.compile("^(\\d{1,9}): (.+?): <([^>]*)>(.*)$");
    private static final Pattern STATE = Pattern.compile(" state (\\S+)");
    private static final Pattern LINK = Pattern.compile("link/(\\S+)");
    private static final Pattern PEER = Pattern.compile(" peer (\\S+)");

    /** One entry per line: a {@link LinkInfo} or, for a line it cannot read, the raw line. */
    public List<Parsed<LinkInfo>> parse(String output) {
        List<Parsed<LinkInfo>> result = new ArrayList<>();
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

    Parsed<LinkInfo> parseLine(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return Parsed.unparsed("not an 'ip -o link' line", line);
        }
        String name = m.group(2);
        int at = name.indexOf('@');
        if (at > 0) {
            name = name.substring(0, at);
        }
        String rest = m.group(4);
        List<String> flags = m.group(3).isEmpty() ? List.of() : Arrays.asList(m.group(3).split(","));
        Matcher state = STATE.matcher(rest);
        Matcher link = LINK.matcher(rest);
        Matcher peer = PEER.matcher(rest);
        return Parsed.ok(new LinkInfo(
                Integer.parseInt(m.group(1)),
                name,
                new java.util.HashSet<>(flags),
                state.find() ? state.group(1) : null,
                link.find() ? link.group(1) : null,
                peer.find() ? peer.group(1) : null));
    }
}
