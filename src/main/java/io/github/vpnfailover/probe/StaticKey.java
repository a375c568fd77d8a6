package io.github.vpnfailover.probe;

import java.util.Arrays;

/**
 * An OpenVPN "Static key V1" (tls-auth / tls-crypt key): 256 bytes in four 64-byte slots
 * [cipher0, hmac0, cipher1, hmac1].
 */
public final class StaticKey {
    /** Bytes in a complete static key. */
    public static final int SIZE = 256;
    static final String BEGIN = "-----BEGIN OpenVPN Static key V1-----";
    static final String END = "-----END OpenVPN Static key V1-----";
    private static final int SLOT = 64;

    private final byte[] bytes;

    private StaticKey(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Wraps 256 raw key bytes (copied). */
    public static StaticKey of(byte[] raw) {
        if (raw.length != SIZE) {
            throw new IllegalArgumentException("a static key has " + SIZE + " bytes, not " + raw.length);
        }
        return new StaticKey(raw.clone());
    }

    /** Parses the text of a key file; {@code source} names it in error messages. */
    public static StaticKey parse(String text, String source) throws KeyFileException {
        int begin = text.indexOf(BEGIN);
        if (begin < 0) {
            String hint = text.contains("tls-crypt-v2") ? " (this is a tls-crypt-v2 key: use --tls-crypt-v2)" : "";
            throw new KeyFileException(source + ": no '" + BEGIN + "' line" + hint);
        }
        int end = text.indexOf(END, begin);
        if (end < 0) {
            throw new KeyFileException(source + ": no '" + END + "' line");
        }
        String body = text.substring(begin + BEGIN.length(), end);
        byte[] raw = Hex.decodeLenient(body, source);
        if (raw.length != SIZE) {
            throw new KeyFileException(source + ": the key holds " + raw.length + " bytes, expected " + SIZE);
        }
        return new StaticKey(raw);
    }

    /** The cipher key of {@code slot} (0 or 1), {@code length} bytes long. */
    public byte[] cipherKey(int slot, int length) {
        return part(slot * 2 * SLOT, length);
    }

    /** The HMAC key of {@code slot} (0 or 1), {@code length} bytes long. */
    public byte[] hmacKey(int slot, int length) {
        return part(slot * 2 * SLOT + SLOT, length);
    }

    private byte[] part(int offset, int length) {
        if (length < 0 || length > SLOT) {
            throw new IllegalArgumentException("a key slot has " + SLOT + " bytes, asked for " + length);
        }
        return Arrays.copyOfRange(bytes, offset, offset + length);
    }
}
