package io.github.vpnfailover.router;

/** One line of {@code ip route}: destination ("default", "0.0.0.0/1", ...), gateway (null if none), device, metric. */
public record RouteInfo(String destination, String via, String dev, Integer metric) {

    public boolean isDefault() {
        return "default".equals(destination) || "0.0.0.0/0".equals(destination);
    }

    /** One of the two halves OpenVPN's redirect-gateway def1 installs. */
    public boolean isDef1Half() {
        return "0.0.0.0/1".equals(destination) || "128.0.0.0/1".equals(destination);
    }
}
