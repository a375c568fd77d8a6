package io.github.vpnfailover.router;

import java.util.regex.Pattern;

/**
 * The next hop of a tunnel without a peer address (decision 0173): OpenVPN in {@code topology subnet} and every
 * {@code tap} tunnel. The kernel knows the gateway OpenVPN was pushed ({@code route-gateway}) only through the routes
 * OpenVPN installed with it, so it is the {@code via} of the first IPv4 route on the device. The switch script reads
 * it the same way on the router ({@link SwitchScript}).
 */
final class TunnelGateway {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private TunnelGateway() {
    }

    /** The gateway of {@code device} in {@code v4} (read as {@code ip route}), or null when no route names one. */
    static String of(String device, RouteTable v4) {
        return v4.routes().stream()
                .filter(r -> device.equals(r.dev()) && r.via() != null && IPV4.matcher(r.via()).matches()
                        && HostAddress.problem(r.via()) == null)
                .map(RouteInfo::via).findFirst().orElse(null);
    }
}
