package io.github.vpnfailover.router;

/**
 * One line of {@code ip route} or {@code ip -6 route}: destination ("default", "0.0.0.0/1", "::/1", ...), gateway
 * (null if none), device, metric and route type ("unicast", or "unreachable" for the IPv6 block of decision 0171).
 */
public record RouteInfo(String destination, String via, String dev, Integer metric, String type) {

    public RouteInfo {
        type = type == null ? "unicast" : type;
    }

    public RouteInfo(String destination, String via, String dev, Integer metric) {
        this(destination, via, dev, metric, "unicast");
    }

    public boolean isDefault() {
        return "default".equals(destination) || "0.0.0.0/0".equals(destination) || "::/0".equals(destination);
    }

    /** One of the two halves OpenVPN's redirect-gateway def1 installs. */
    public boolean isDef1Half() {
        return "0.0.0.0/1".equals(destination) || "128.0.0.0/1".equals(destination);
    }

    /** One of the two IPv6 halves, {@code ::/1} and {@code 8000::/1}. */
    public boolean isIpv6Half() {
        return "::/1".equals(destination) || "8000::/1".equals(destination);
    }

    /** A route that carries traffic to a device (not unreachable, blackhole or prohibit). */
    public boolean isUnicast() {
        return "unicast".equals(type);
    }
}
