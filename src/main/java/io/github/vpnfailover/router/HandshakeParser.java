package io.github.vpnfailover.router;

import io.github.vpnfailover.core.HandshakeRule;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the measure script's handshake part (decision 0180): "now EPOCH" from the router's clock, then
 * {@code wg show IF latest-handshakes}, one "PUBLIC-KEY<tab>EPOCH" line per peer (0: never). A router that cannot
 * say (no {@code wg}, not root, sudo refused) gives a reason that names the fix, never a verdict.
 */
final class HandshakeParser {

    private static final Pattern NOW = Pattern.compile("^now (\\d{1,12})$");
    private static final Pattern PEER = Pattern.compile("^[A-Za-z0-9+/]{43}=\\s+(\\d{1,12})$");
    private static final String ROOT_FIX = "log in as root, or use --sudo with the sudoers line in docs/least-privilege.md";

    Parsed<HandshakeReading> parse(String text, Integer exitCode, String where) {
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        String said = lines.stream().filter(l -> !NOW.matcher(l).matches()).findFirst().orElse("");
        if (exitCode == null) {
            return Parsed.unparsed("wg show did not finish", said);
        }
        if (exitCode == 127 || said.contains("not found")) {
            return Parsed.unparsed(ToolHints.missing("wg", where), said);
        }
        if (said.startsWith("sudo:")) {
            return Parsed.unparsed("sudo refused 'wg show' on " + where + " (" + said + "): add it to the sudoers line in "
                    + "docs/least-privilege.md", said);
        }
        if (said.contains("Permission denied") || said.contains("Operation not permitted")) {
            return Parsed.unparsed("reading the WireGuard handshake needs root on " + where + " (" + said + "): " + ROOT_FIX, said);
        }
        if (exitCode != 0) {
            return Parsed.unparsed("wg show failed (exit " + exitCode + "): " + said, said);
        }
        Long now = null;
        List<Long> latest = new ArrayList<>();
        for (String line : lines) {
            Matcher n = NOW.matcher(line);
            Matcher p = PEER.matcher(line);
            if (n.matches() && now == null) {
                now = Long.parseLong(n.group(1));
            } else if (p.matches()) {
                latest.add(Long.parseLong(p.group(1)));
            } else {
                return Parsed.unparsed("not a 'wg show latest-handshakes' line", line);
            }
        }
        if (now == null) {
            return Parsed.unparsed("the router's clock was not read", String.join(" ", lines));
        }
        return Parsed.ok(new HandshakeReading(HandshakeRule.age(now, latest)));
    }
}
