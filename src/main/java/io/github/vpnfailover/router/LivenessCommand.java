package io.github.vpnfailover.router;

import java.util.List;
import java.util.Locale;

/**
 * The router-side commands of the liveness monitor, built from validated tokens only.
 * {@link #stream} runs one endless {@code ping -I <tunnel>} per target and prefixes each output line with the
 * target's index, so all targets of a tunnel share one SSH channel (OpenSSH allows 10 per connection by default).
 * iputils gets {@code -O} so it reports probes still unanswered; busybox has no such flag and is told apart by
 * {@code ping -V}. {@link #confirm} pings through the default route, not bound to any interface.
 */
public final class LivenessCommand {

    private LivenessCommand() {
    }

    static final String PING_CHECK = "command -v ping >/dev/null 2>&1 || { echo 'vfm: ping missing' >&2; exit 127; }; ";

    public static String stream(String tunnel, List<String> targets, int intervalMillis, int timeoutMillis) {
        return stream(tunnel, targets, intervalMillis, timeoutMillis, Privilege.DIRECT);
    }

    /**
     * As above; first, for an idle tap, the route for sockets bound to it (decision 0174), and for IPv6 targets the
     * bound IPv6 route (decision 0176), silent here: the measure script reports when they cannot be set.
     */
    public static String stream(String tunnel, List<String> targets, int intervalMillis, int timeoutMillis, Privilege privilege) {
        InterfaceName iface = InterfaceName.of(tunnel);
        List<HostAddress> hosts = hosts(targets);
        int waitSeconds = Math.max(1, (timeoutMillis + 999) / 1000);
        var sb = new StringBuilder(PING_CHECK);
        sb.append("{ M=vfm; IF=").append(iface.quoted()).append('\n').append(TapRouteScript.part("taproute", privilege));
        if (hosts.stream().anyMatch(HostAddress::isIpv6)) {
            sb.append(BoundIpv6RouteScript.part("v6route", privilege));
        }
        sb.append("} >/dev/null 2>&1; ");
        sb.append("if ping -V 2>&1 | grep -q iputils; then o='-O -n -W ").append(waitSeconds).append("'; else o='-n'; fi; ");
        sb.append("p() { ping $o -i ").append(seconds(intervalMillis)).append(" -I ").append(ShellQuote.quote(iface.value()))
                .append(" \"$2\" 2>&1 | while IFS= read -r l; do echo \"$1 $l\"; done; }; ");
        for (int i = 0; i < hosts.size(); i++) {
            sb.append("p ").append(i).append(' ').append(hosts.get(i).quoted()).append(" & ");
        }
        sb.append("wait");
        return sb.toString();
    }

    /**
     * Exits 0 as soon as any target answers through the default route, 1 when none does within {@code seconds}.
     * busybox ignores {@code -w} once its {@code -c} probes are out and then waits {@code -W} (10 s by default)
     * for an answer, so the probes stop one second early and {@code -W 1} ends the wait on time.
     */
    public static String confirm(List<String> targets, int seconds) {
        List<HostAddress> hosts = hosts(targets);
        int count = Math.max(1, seconds * 5 - 4);
        var sb = new StringBuilder(PING_CHECK).append("{ ");
        for (HostAddress h : hosts) {
            sb.append("ping -n -c ").append(count).append(" -i 0.2 -w ").append(seconds).append(" -W 1 ").append(h.quoted()).append(" & ");
        }
        sb.append("wait; } 2>/dev/null | grep -q 'bytes from'");
        return sb.toString();
    }

    private static List<HostAddress> hosts(List<String> targets) {
        if (targets == null || targets.isEmpty()) {
            throw new UnsafeValueException("liveness target", String.valueOf(targets), "at least one address is needed");
        }
        return targets.stream().map(HostAddress::of).toList();
    }

    private static String seconds(int millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }
}
