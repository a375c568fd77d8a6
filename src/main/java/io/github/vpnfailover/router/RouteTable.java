package io.github.vpnfailover.router;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The routes read from the router, and which device carries the default traffic (def1 halves win over default). */
public record RouteTable(List<RouteInfo> routes) {

    public RouteTable {
        routes = List.copyOf(routes);
    }

    /** Parses {@code ip route} output, dropping lines that are not routes. */
    public static RouteTable parse(String output) {
        return new RouteTable(new RouteParser().parse(output).stream()
                .map(Parsed::valueOrNull).filter(r -> r != null).toList());
    }

    public Optional<RouteInfo> route(String destination) {
        return routes.stream().filter(r -> destination.equals(r.destination())).findFirst();
    }

    /** The default route with the lowest metric. */
    public Optional<RouteInfo> defaultRoute() {
        return routes.stream().filter(RouteInfo::isDefault)
                .min(Comparator.comparingInt(r -> r.metric() == null ? 0 : r.metric()));
    }

    /**
     * The device of 0.0.0.0/1 (else 128.0.0.0/1) when def1 routes exist, since they are more specific than the
     * default route; otherwise the default route's device.
     */
    public Optional<String> activeDevice() {
        Optional<RouteInfo> def1 = route("0.0.0.0/1").or(() -> route("128.0.0.0/1"));
        return def1.or(this::defaultRoute).map(RouteInfo::dev);
    }

    /**
     * Read as {@code ip -6 route}: the device of {@code ::/1} (else {@code 8000::/1}) when those halves route, else
     * the default route's device; empty when IPv6 goes nowhere or is blocked.
     */
    public Optional<String> ipv6Device() {
        Optional<RouteInfo> half = route("::/1").or(() -> route("8000::/1"));
        return half.or(this::defaultRoute).filter(RouteInfo::isUnicast).map(RouteInfo::dev);
    }

    /** Read as {@code ip -6 route}: the halves (or the default) are unreachable routes, the block of decision 0171. */
    public boolean ipv6Blocked() {
        Optional<RouteInfo> half = route("::/1").or(() -> route("8000::/1"));
        return half.or(this::defaultRoute).map(r -> "unreachable".equals(r.type())).orElse(false);
    }

    /** Read as {@code ip -6 route}: the routes that decide where IPv6 goes, in words. */
    public String describeIpv6Routes() {
        String found = routes.stream().filter(r -> r.isDefault() || r.isIpv6Half())
                .map(r -> (r.isUnicast() ? "" : r.type() + " ") + describe(r)).collect(Collectors.joining("; "));
        return found.isEmpty() ? "no IPv6 default or ::/1 routes" : found;
    }

    /** The routes that decide where default traffic goes, in words, for switch reports. */
    public String describeDefaultRoutes() {
        String found = routes.stream().filter(r -> r.isDefault() || r.isDef1Half())
                .map(RouteTable::describe).collect(Collectors.joining("; "));
        return found.isEmpty() ? "no default or def1 routes" : found;
    }

    static String describe(RouteInfo r) {
        return r.destination() + (r.via() == null ? "" : " via " + r.via()) + (r.dev() == null ? "" : " dev " + r.dev())
                + (r.metric() == null ? "" : " metric " + r.metric());
    }
}
