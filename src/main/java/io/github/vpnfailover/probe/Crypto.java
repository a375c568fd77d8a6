package io.github.vpnfailover.probe;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** The primitives the wrappings need: HMAC over several byte ranges and AES-256-CTR. */
final class Crypto {
    private Crypto() {
    }

    /** A byte range {@code bytes[from, to)}. */
    record Slice(byte[] bytes, int from, int to) {
        static Slice of(byte[] bytes) {
            return new Slice(bytes, 0, bytes.length);
        }
    }

    /**
     * HMAC of the concatenation of {@code parts} ({@code algorithm} a JCA Mac name such as HmacSHA256). Built from
     * RFC 2104 over the JDK's MessageDigest rather than {@code javax.crypto.Mac}: the Mac's first use reads and parses
     * the JCE policy files, about 45 ms that a plugin started for every check pays each time (decision 0203).
     * {@code CryptoTest} compares it with the JDK's Mac for every digest, key length and split of the input.
     */
    static byte[] hmac(String algorithm, byte[] key, Slice... parts) {
        MessageDigest md = digest(algorithm);
        int block = md.getDigestLength() > 32 ? 128 : 64;
        byte[] k = key.length > block ? md.digest(key) : key;
        byte[] pad = new byte[block];
        for (int i = 0; i < block; i++) {
            pad[i] = (byte) ((i < k.length ? k[i] : 0) ^ 0x36);
        }
        md.update(pad);
        for (Slice part : parts) {
            md.update(part.bytes(), part.from(), part.to() - part.from());
        }
        byte[] inner = md.digest();
        for (int i = 0; i < block; i++) {
            pad[i] = (byte) (pad[i] ^ 0x36 ^ 0x5c);
        }
        md.update(pad);
        return md.digest(inner);
    }

    private static MessageDigest digest(String hmacAlgorithm) {
        String name = hmacAlgorithm.startsWith("Hmac") ? hmacAlgorithm.substring(4) : hmacAlgorithm;
        try {
            return MessageDigest.getInstance(name.startsWith("SHA") ? "SHA-" + name.substring(3) : name);
        } catch (NoSuchAlgorithmException e) {
            // The JDK always has these digests: a failure here is a broken runtime.
            throw new IllegalStateException("HMAC " + hmacAlgorithm + " unavailable: " + e.getMessage(), e);
        }
    }

    /** AES-256-CTR over {@code data[from, to)} with the 16-byte counter block taken from {@code iv[0, 16)}. */
    static byte[] aesCtr(byte[] key, byte[] iv, byte[] data, int from, int to) {
        try {
            Cipher cipher = Cipher.getInstance("AES/CTR/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv, 0, 16));
            return cipher.doFinal(data, from, to - from);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-CTR unavailable: " + e.getMessage(), e);
        }
    }
}
