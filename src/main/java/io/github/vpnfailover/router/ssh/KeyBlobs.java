package io.github.vpnfailover.router.ssh;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a known_hosts key the way OpenSSH's sshkey_read does before it uses a line: a key type it knows,
 * a blob made of well-formed length-prefixed fields whose first field repeats that type, and the field count
 * and sizes of that type. Returns why not, or null for a usable key.
 */
final class KeyBlobs {

    /** Fields after the type name, and a fixed length for the ones that have one (0 = any). */
    private static final Map<String, int[]> SHAPES = Map.of(
            "ssh-ed25519", new int[] {32},
            "ssh-rsa", new int[] {0, 0},
            "ssh-dss", new int[] {0, 0, 0, 0},
            "ecdsa-sha2-nistp256", new int[] {0, 65},
            "ecdsa-sha2-nistp384", new int[] {0, 97},
            "ecdsa-sha2-nistp521", new int[] {0, 133},
            "sk-ssh-ed25519@openssh.com", new int[] {32, 0},
            "sk-ecdsa-sha2-nistp256@openssh.com", new int[] {0, 65, 0});

    private static final String CERT_SUFFIX = "-cert-v01@openssh.com";

    private KeyBlobs() {
    }

    /** Null when {@code blob} is a usable key of {@code type}; otherwise the reason in a few words. */
    static String problem(String type, byte[] blob) {
        boolean cert = type.endsWith(CERT_SUFFIX);
        String plain = cert ? type.substring(0, type.length() - CERT_SUFFIX.length()) : type;
        int[] shape = SHAPES.get(plain);
        if (shape == null) {
            return "unknown key type '" + type + "'";
        }
        List<byte[]> fields = fields(blob, cert ? 2 : Integer.MAX_VALUE);
        if (fields == null || fields.isEmpty()) {
            return "the key data is not an SSH key blob";
        }
        String inner = new String(fields.get(0), StandardCharsets.US_ASCII);
        if (!inner.equals(type)) {
            return "the key data is a '" + inner + "' key, not '" + type + "'";
        }
        if (cert) {
            return null;
        }
        if (fields.size() != shape.length + 1) {
            return "the " + type + " key data has " + (fields.size() - 1) + " fields instead of " + shape.length;
        }
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] != 0 && fields.get(i + 1).length != shape[i]) {
                return "the " + type + " key data has a field of " + fields.get(i + 1).length + " bytes instead of "
                        + shape[i];
            }
        }
        if (plain.startsWith("ecdsa-sha2-") && !plain.endsWith(new String(fields.get(1), StandardCharsets.US_ASCII))) {
            return "the " + type + " key names another curve";
        }
        return null;
    }

    /** The blob's length-prefixed fields (at most {@code limit}), or null when one overruns the blob. */
    private static List<byte[]> fields(byte[] blob, int limit) {
        List<byte[]> out = new ArrayList<>();
        ByteBuffer buffer = ByteBuffer.wrap(blob);
        while (buffer.hasRemaining() && out.size() < limit) {
            if (buffer.remaining() < 4) {
                return null;
            }
            int length = buffer.getInt();
            if (length < 0 || length > buffer.remaining()) {
                return null;
            }
            byte[] field = new byte[length];
            buffer.get(field);
            out.add(field);
        }
        return out;
    }
}
