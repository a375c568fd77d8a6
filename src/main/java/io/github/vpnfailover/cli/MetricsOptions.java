package io.github.vpnfailover.cli;

import io.github.vpnfailover.core.ValueRules;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/** The Prometheus endpoint flags of {@code run} (decision 0190): where /metrics listens, and whether off loopback. */
final class MetricsOptions {

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern HOST_PORT = Pattern.compile("(\\[[0-9A-Fa-f:.]+\\]|[^:\\[\\]]+):(\\d{1,5})");

    @Option(names = "--metrics-listen", paramLabel = "IP:PORT",
            description = "Serve Prometheus metrics at http://IP:PORT/metrics (e.g. 127.0.0.1:9788; IPv6 as [::1]:9788).")
    String listen;

    @Option(names = "--metrics-allow-remote", description = "Allow --metrics-listen on an address other than loopback (anyone who reaches it can read the metrics).")
    boolean allowRemote;

    /** The address to bind, null without {@code --metrics-listen}; a bad or unallowed one is a usage problem naming the flag. */
    InetSocketAddress address() throws UsageProblem {
        if (listen == null) {
            if (allowRemote) {
                throw new UsageProblem("--metrics-allow-remote needs --metrics-listen");
            }
            return null;
        }
        Matcher m = HOST_PORT.matcher(listen);
        if (!m.matches()) {
            throw bad("give IP:PORT, e.g. 127.0.0.1:9788 or [::1]:9788");
        }
        int port = Integer.parseInt(m.group(2));
        if (port < 1 || port > 65535) {
            throw bad("the port must be 1 to 65535");
        }
        InetAddress ip = ip(m.group(1));
        if (!ip.isLoopbackAddress() && !allowRemote) {
            throw bad(ip.getHostAddress() + " is not a loopback address: add --metrics-allow-remote to serve metrics to other computers");
        }
        return new InetSocketAddress(ip, port);
    }

    /** The warning printed when the endpoint is reachable from other computers; null on loopback. */
    static String remoteWarning(InetSocketAddress address) {
        return address.getAddress().isLoopbackAddress() ? null : "warning: metrics are served to other computers on "
                + address.getAddress().getHostAddress() + ":" + address.getPort() + " (--metrics-allow-remote); they name the router and its tunnels";
    }

    // only literals (and localhost), so that parsing a flag never waits on a name lookup
    private InetAddress ip(String host) throws UsageProblem {
        boolean literal = host.startsWith("[") || IPV4.matcher(host).matches();
        if (!literal && !host.equals("localhost")) {
            throw bad("give an IP address, not a host name");
        }
        try {
            return host.equals("localhost") ? InetAddress.getLoopbackAddress() : InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw bad("not an IP address");
        }
    }

    private UsageProblem bad(String why) {
        return new UsageProblem("--metrics-listen " + ValueRules.printable(listen) + ": " + why);
    }
}
