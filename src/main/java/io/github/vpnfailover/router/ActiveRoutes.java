package io.github.vpnfailover.router;

/**
 * Which tunnel each family uses now (decision 0171): {@code ipv4} the active tunnel as {@code active()} says,
 * {@code ipv6} the device IPv6 goes through (null: none), {@code ipv6Blocked} when the unreachable block is in place.
 */
public record ActiveRoutes(String ipv4, String ipv6, boolean ipv6Blocked) {

    /** True when IPv6 goes through a device other than the IPv4 tunnel (both known). */
    public boolean split() {
        return ipv4 != null && ipv6 != null && !ipv4.equals(ipv6);
    }

    /** For tables: "tun1", or "tun1 (IPv6: tun2)", "tun1 (IPv6 blocked)", "tun1 (IPv6: eth0)". */
    public String describe() {
        String v4 = ipv4 == null ? "none" : ipv4;
        if (ipv6Blocked) {
            return v4 + " (IPv6 blocked)";
        }
        return split() || ipv4 == null && ipv6 != null ? v4 + " (IPv6: " + ipv6 + ")" : v4;
    }
}
