package io.github.vpnfailover.router;

/** One address line of {@code ip -o addr}: "10.8.0.6" with prefix 32 and peer "10.8.0.5" for a point-to-point tunnel. */
public record AddressInfo(String interfaceName, String family, String address, int prefixLength, String peer) {

    /** "10.8.0.6/32" or "10.66.0.1/24". */
    public String cidr() {
        return address + "/" + prefixLength;
    }
}
