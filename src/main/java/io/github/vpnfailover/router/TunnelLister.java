package io.github.vpnfailover.router;

import io.github.vpnfailover.core.Tunnel;
import io.github.vpnfailover.core.TunnelState;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Joins {@code ip -o link}, {@code ip -o addr} and {@code ip route} into tunnels matching the pattern. An interface whose name is
 * unsafe is listed with its reason when the pattern matches its name or the safe characters it starts with, so
 * "tun0;reboot" shows up as invalid rather than silently vanishing.
 */
final class TunnelLister {

    private static final Pattern SAFE_PREFIX = Pattern.compile("^[A-Za-z0-9_.-]*");

    List<Tunnel> tunnels(String linkOutput, String addrOutput, String tunnelPattern) {
        return tunnels(linkOutput, addrOutput, "", tunnelPattern);
    }

    /** With {@code ip route} output: a tunnel without a peer gets the gateway of its routes (decision 0173). */
    List<Tunnel> tunnels(String linkOutput, String addrOutput, String routeOutput, String tunnelPattern) {
        RouteTable routes = RouteTable.parse(routeOutput);
        Pattern pattern = compile(tunnelPattern);
        List<AddressInfo> addresses = new AddressParser().parse(addrOutput).stream()
                .map(Parsed::valueOrNull).filter(a -> a != null).toList();
        List<Tunnel> result = new ArrayList<>();
        for (Parsed<LinkInfo> parsed : new LinkParser().parse(linkOutput)) {
            LinkInfo link = parsed.valueOrNull();
            if (link == null) {
                continue;
            }
            String problem = InterfaceName.problem(link.name());
            var prefix = SAFE_PREFIX.matcher(link.name());
            boolean matches = pattern.matcher(link.name()).matches()
                    || problem != null && prefix.find() && !prefix.group().isEmpty() && pattern.matcher(prefix.group()).matches();
            if (!matches) {
                continue;
            }
            List<String> cidrs = new ArrayList<>();
            String peer = link.peer();
            for (AddressInfo a : addresses) {
                if (a.interfaceName().equals(link.name())) {
                    cidrs.add(a.cidr());
                    if (peer == null && a.peer() != null && "inet".equals(a.family())) {
                        peer = a.peer();
                    }
                }
            }
            if (peer != null && HostAddress.problem(peer) != null) {
                peer = null;
            }
            String gateway = peer == null && problem == null ? TunnelGateway.of(link.name(), routes) : null;
            result.add(new Tunnel(link.name(), link.tunnelState(), cidrs, peer, gateway, problem));
        }
        return result;
    }

    static Pattern compile(String tunnelPattern) {
        String p = tunnelPattern == null || tunnelPattern.isBlank()
                ? io.github.vpnfailover.core.MeasureSettings.DEFAULT_TUNNEL_PATTERN : tunnelPattern;
        try {
            return Pattern.compile(p);
        } catch (PatternSyntaxException e) {
            throw new UnsafeValueException("tunnel pattern", p, "not a valid regular expression: " + e.getDescription());
        }
    }
}
