package io.github.vpnfailover.router.ssh;

/** The router presented a key that known_hosts marks {@code @revoked}: always refused, whatever the flags. */
public final class RevokedHostKeyException extends HostKeyException {

    private final String fingerprint;
    private final String revokedAt;

    public RevokedHostKeyException(String host, String keyType, String fingerprint, String revokedAt) {
        super("REVOKED HOST KEY for " + host + ": it presented " + keyType + " " + fingerprint
                + ", which " + revokedAt + " marks as @revoked. The key may have been stolen and be used to"
                + " impersonate the router. Connection refused.");
        this.fingerprint = fingerprint;
        this.revokedAt = revokedAt;
    }

    /** "SHA256:..." of the presented (revoked) key. */
    public String fingerprint() {
        return fingerprint;
    }

    /** "path:line" of the {@code @revoked} entry. */
    public String revokedAt() {
        return revokedAt;
    }
}
