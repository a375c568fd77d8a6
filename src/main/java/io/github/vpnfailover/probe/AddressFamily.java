package io.github.vpnfailover.probe;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/** Which resolved addresses to try: all of them, or only IPv4 (-4) or IPv6 (-6). */
public enum AddressFamily {
    ANY, IPV4, IPV6;

    /** True when {@code address} belongs to this family. */
    public boolean accepts(InetAddress address) {
        switch (this) {
            case IPV4:
                return address instanceof Inet4Address;
            case IPV6:
                return address instanceof Inet6Address;
            default:
                return true;
        }
    }
}
