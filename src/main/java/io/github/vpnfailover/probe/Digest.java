package io.github.vpnfailover.probe;

import java.util.Locale;

/** The HMAC digests OpenVPN's --auth accepts for tls-auth, with their output sizes. */
public enum Digest {
    MD5("HmacMD5", 16),
    SHA1("HmacSHA1", 20),
    SHA224("HmacSHA224", 28),
    SHA256("HmacSHA256", 32),
    SHA384("HmacSHA384", 48),
    SHA512("HmacSHA512", 64);

    private final String jcaName;
    private final int size;

    Digest(String jcaName, int size) {
        this.jcaName = jcaName;
        this.size = size;
    }

    /** The JCA Mac algorithm name. */
    public String jcaName() {
        return jcaName;
    }

    /** Bytes of HMAC output, and of key taken from a static-key slot. */
    public int size() {
        return size;
    }

    /** The name OpenVPN's --auth uses, e.g. SHA256. */
    public String openVpnName() {
        return name();
    }

    /** Parses md5, sha1, SHA-256, sha512 and the like; throws IllegalArgumentException naming the choices. */
    public static Digest parse(String text) {
        String key = text.trim().toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
        for (Digest d : values()) {
            if (d.name().equals(key)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown digest '" + text + "': use md5, sha1, sha224, sha256, sha384 or sha512");
    }

    /** The digest whose output is {@code bytes} long; throws IllegalArgumentException if none is. */
    public static Digest ofSize(int bytes) {
        for (Digest d : values()) {
            if (d.size == bytes) {
                return d;
            }
        }
        throw new IllegalArgumentException("no supported digest has " + bytes
                + " bytes: use 16 (md5), 20 (sha1), 28 (sha224), 32 (sha256), 48 (sha384) or 64 (sha512)");
    }
}
