package io.github.vpnfailover.router.ssh;

/**
 * Asked once when a router presents a host key that known_hosts does not hold (trust on first use).
 * Returning true saves the key to known_hosts; false refuses the connection. Never asked about a changed key.
 */
@FunctionalInterface
public interface HostKeyDecider {

    /** {@code host} as known_hosts names it ("router" or "[router]:2222"); fingerprint as "SHA256:...". */
    boolean trust(String host, String keyType, String sha256Fingerprint);

    /** The CLI default without --accept-new-host-key. */
    static HostKeyDecider refuse() {
        return (host, type, fingerprint) -> false;
    }

    /** The CLI with --accept-new-host-key. */
    static HostKeyDecider accept() {
        return (host, type, fingerprint) -> true;
    }
}
