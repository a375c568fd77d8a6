package io.github.vpnfailover.probe;

import java.time.Duration;
import java.util.Objects;

/**
 * One probe to run: where, over what, how patient ({@code timeout} per try, {@code tries} per address), how the
 * control channel is wrapped, which address family, and whether to validate the reply at all.
 */
public record ProbeRequest(String host, int port, Proto proto, Duration timeout, int tries, Wrapping wrapping,
                           AddressFamily family, boolean validate) {
    /** OpenVPN's registered port. */
    public static final int DEFAULT_PORT = 1194;

    public ProbeRequest {
        Objects.requireNonNull(proto, "proto");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(wrapping, "wrapping");
        Objects.requireNonNull(family, "family");
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host is empty");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is outside 1-65535");
        }
        if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("timeout must be above 0 and at most one hour, not " + timeout);
        }
        if (tries < 1 || tries > 100) {
            throw new IllegalArgumentException("retry count must be 1-100, not " + tries);
        }
    }

    /** A UDP probe with no wrapping, 2 s per try, 3 tries, any address family, validating the reply. */
    public static ProbeRequest udp(String host, int port, Wrapping wrapping) {
        return new ProbeRequest(host, port, Proto.UDP, Duration.ofSeconds(2), 3, wrapping, AddressFamily.ANY, true);
    }

    /** This request with {@code proto}. */
    public ProbeRequest withProto(Proto newProto) {
        return new ProbeRequest(host, port, newProto, timeout, tries, wrapping, family, validate);
    }

    /** This request with {@code newTimeout} per try and {@code newTries} tries. */
    public ProbeRequest withPatience(Duration newTimeout, int newTries) {
        return new ProbeRequest(host, port, proto, newTimeout, newTries, wrapping, family, validate);
    }

    /** This request restricted to {@code newFamily}. */
    public ProbeRequest withFamily(AddressFamily newFamily) {
        return new ProbeRequest(host, port, proto, timeout, tries, wrapping, newFamily, validate);
    }
}
