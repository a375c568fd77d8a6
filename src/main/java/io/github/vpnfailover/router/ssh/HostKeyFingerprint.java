package io.github.vpnfailover.router.ssh;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** Key type and SHA-256 fingerprint of an SSH public key blob, formatted as {@code ssh-keygen -l} does. */
public final class HostKeyFingerprint {

    private HostKeyFingerprint() {
    }

    /** "SHA256:" + unpadded base64 of the blob's SHA-256. */
    public static String sha256(byte[] keyBlob) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(keyBlob);
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    /** The algorithm name at the start of the blob, e.g. "ssh-ed25519"; "unknown" for a malformed blob. */
    public static String keyType(byte[] keyBlob) {
        if (keyBlob == null || keyBlob.length < 4) {
            return "unknown";
        }
        int length = ByteBuffer.wrap(keyBlob, 0, 4).getInt();
        if (length <= 0 || length > 64 || length > keyBlob.length - 4) {
            return "unknown";
        }
        return new String(keyBlob, 4, length, StandardCharsets.US_ASCII);
    }
}
