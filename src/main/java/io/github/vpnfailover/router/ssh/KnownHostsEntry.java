package io.github.vpnfailover.router.ssh;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * One valid known_hosts line: its marker, its host field (a pattern list or one hashed name), the key type
 * and decoded key blob, and where it stands (file and 1-based line number, for messages).
 */
record KnownHostsEntry(Path file, int line, Marker marker, String hosts, String keyType, byte[] key) {

    /** The optional first field: none, {@code @revoked} or {@code @cert-authority}. */
    enum Marker { NONE, REVOKED, CERT_AUTHORITY }

    /** "path:line", as OpenSSH names a line. */
    String where() {
        return file + ":" + line;
    }

    boolean hashed() {
        return hosts.startsWith("|");
    }

    boolean sameKey(byte[] blob) {
        return Arrays.equals(key, blob);
    }

    /** "TYPE SHA256:..." */
    String fingerprint() {
        return keyType + " " + HostKeyFingerprint.sha256(key);
    }
}
