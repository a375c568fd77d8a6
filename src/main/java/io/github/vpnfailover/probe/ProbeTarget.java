package io.github.vpnfailover.probe;

import java.nio.file.Path;
import java.time.Duration;

/**
 * An OpenVPN server behind a tunnel, as a router profile stores it: plain values only, so it persists as JSON.
 * {@code keyFile} is required unless {@code wrapping} is NONE; {@code digest} and {@code keyDirection} matter
 * only for tls-auth (defaults SHA1 and NONE).
 */
public record ProbeTarget(String host, int port, Proto proto, WrappingKind wrapping, String keyFile, Digest digest,
                          KeyDirection keyDirection) {

    public ProbeTarget {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host is empty");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is outside 1-65535");
        }
        proto = proto == null ? Proto.UDP : proto;
        wrapping = wrapping == null ? WrappingKind.NONE : wrapping;
        digest = digest == null ? Digest.SHA1 : digest;
        keyDirection = keyDirection == null ? KeyDirection.NONE : keyDirection;
        if (wrapping != WrappingKind.NONE && (keyFile == null || keyFile.isBlank())) {
            throw new IllegalArgumentException(wrapping + " needs a key file");
        }
    }

    /** A plain UDP target on the default port. */
    public static ProbeTarget udp(String host) {
        return new ProbeTarget(host, ProbeRequest.DEFAULT_PORT, Proto.UDP, WrappingKind.NONE, null, null, null);
    }

    /** The request to probe this target, reading the key file now (so a changed key is picked up each time). */
    public ProbeRequest toRequest(Duration timeout, int tries) throws KeyFileException {
        Wrapping w = wrapping.load(keyFile == null ? null : Path.of(keyFile), digest, keyDirection);
        return new ProbeRequest(host, port, proto, timeout, tries, w, AddressFamily.ANY, true);
    }

    /** "host:port/udp" for lists and logs. */
    public String label() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/" + proto.label();
    }
}
