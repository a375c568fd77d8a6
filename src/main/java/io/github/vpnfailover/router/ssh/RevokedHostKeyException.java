package io.github.vpnfailover.router.ssh;

/**
 * The router presented a key that known_hosts marks {@code @revoked}, or that the RevokedHostKeys file lists: always
 * refused, whatever the flags.
 */
public final class RevokedHostKeyException extends HostKeyException {

    private final String fingerprint;
    private final String revokedAt;

    public RevokedHostKeyException(String host, String keyType, String fingerprint, String revokedAt) {
        this("REVOKED HOST KEY for " + host + ": it presented " + keyType + " " + fingerprint
                + ", which " + revokedAt + " marks as @revoked. The key may have been stolen and be used to"
                + " impersonate the router. Connection refused.", fingerprint, revokedAt);
    }

    private RevokedHostKeyException(String message, String fingerprint, String revokedAt) {
        super(message);
        this.fingerprint = fingerprint;
        this.revokedAt = revokedAt;
    }

    /** The key is listed in the RevokedHostKeys file (decision 0208); {@code revokedAt}: "path:line", or a KRL's path. */
    static RevokedHostKeyException byRevokedKeysFile(String host, String keyType, String fingerprint, String revokedAt) {
        return new RevokedHostKeyException("REVOKED HOST KEY for " + host + ": it presented " + keyType + " " + fingerprint
                + ", which the RevokedHostKeys file " + revokedAt + " revokes. The key may have been stolen and be used"
                + " to impersonate the router. Connection refused.", fingerprint, revokedAt);
    }

    /**
     * A host certificate whose key or signing CA is {@code @revoked} (decision 0160); {@code revoked}: "TYPE SHA256:...
     * (path:line)" of each {@code @revoked} entry for the host, the first one's fingerprint and place kept.
     */
    static RevokedHostKeyException forCertificate(String host, java.util.List<String> revoked) {
        String first = revoked.get(0);
        String fingerprint = first.split(" ")[1];
        String at = first.substring(first.indexOf('(') + 1, first.length() - 1);
        return new RevokedHostKeyException("REVOKED HOST KEY for " + host + ": it presented a host certificate whose"
                + " key or signing CA known_hosts marks as @revoked: " + String.join(", ", revoked) + ". The key may"
                + " have been stolen and be used to impersonate the router. Connection refused.", fingerprint, at);
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
