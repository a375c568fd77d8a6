package io.github.vpnfailover.cli;

import io.github.vpnfailover.router.CommandResult;
import io.github.vpnfailover.router.RemoteShell;
import io.github.vpnfailover.router.ShellException;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A router that answers like iproute2 but with hostile names and texts: interface names and route devices with
 * ESC, BEL, CR and C1 control characters, and error texts that try to clear the screen and forge lines. The
 * measure script and route changes fail with such an error; tun4 is the one plain tunnel.
 */
final class HostileRouterShell implements RemoteShell {

    static final List<String> NAMES = List.of("tun\u001b[2J0", "tun\u00071", "tun\r2", "tun\u009b3");
    static final String PLAIN = "tun4";
    static final String ERROR = "RTNETLINK answers: \u001b[31mFile exists\r\n\u0007forged: line";
    private static final Pattern SEPARATOR = Pattern.compile("echo '(##vfm-[0-9a-f]+##)'");

    @Override
    public CommandResult run(String command, Duration timeout) throws ShellException {
        Matcher separator = SEPARATOR.matcher(command);
        if (command.contains("ip -o link") && separator.find()) {
            return ok(links() + separator.group(1) + "\n" + addresses());
        }
        String routes = "default via 10.8.0.1 dev " + NAMES.get(0) + "\n0.0.0.0/1 via 10.8.0.1 dev " + NAMES.get(2)
                + "\n10.8.0.0/24 dev " + PLAIN + " proto kernel scope link src 10.8.0.2\n";
        if (command.contains("ip route && echo") && separator.reset().find()) {
            return ok(routes + separator.group(1) + "\ndefault dev " + NAMES.get(3) + " metric 1024\n");
        }
        if (command.endsWith("ip route")) {
            return ok(routes);
        }
        return new CommandResult(2, "", ERROR + "\n");
    }

    private static String links() {
        StringBuilder out = new StringBuilder();
        int index = 4;
        for (String name : NAMES) {
            out.append(link(index++, name));
        }
        return out.append(link(index, PLAIN)).toString();
    }

    private static String link(int index, String name) {
        return index + ": " + name + ": <POINTOPOINT,MULTICAST,NOARP,UP,LOWER_UP> mtu 1500 qdisc fq_codel state UNKNOWN"
                + " mode DEFAULT group default qlen 500\\    link/none \n";
    }

    private static String addresses() {
        return "8: " + PLAIN + "    inet 10.8.0.2 peer 10.8.0.1/32 scope global " + PLAIN
                + "\\       valid_lft forever preferred_lft forever\n";
    }

    private static CommandResult ok(String stdout) {
        return new CommandResult(0, stdout, "");
    }

    @Override
    public LineStream stream(String command, Consumer<String> onLine) throws ShellException {
        throw new ShellException("stream refused: " + ERROR);
    }

    @Override
    public String describe() {
        return "hostile \u001b]0;title\u0007router";
    }

    @Override
    public void close() {
    }
}
