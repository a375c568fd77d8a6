package io.github.vpnfailover.probe;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** The JDK primitives the wrappings need: HMAC over several byte ranges and AES-256-CTR. */
final class Crypto {
    private Crypto() {
    }

    /** A byte range {@code bytes[from, to)}. */
    record Slice(byte[] bytes, int from, int to) {
        static Slice of(byte[] bytes) {
            return new Slice(bytes, 0, bytes.length);
        }
    }

    /** HMAC of the concatenation of {@code parts}. */
    static byte[] hmac(String algorithm, byte[] key, Slice... parts) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            for (Slice part : parts) {
                mac.update(part.bytes(), part.from(), part.to() - part.from());
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            // The JDK always has these algorithms and our keys are never empty: a failure here is a broken runtime.
            throw new IllegalStateException("HMAC " + algorithm + " unavailable: " + e.getMessage(), e);
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
