package io.github.vpnfailover.probe;

import java.util.Arrays;
import java.util.Base64;

/** A tls-crypt-v2 client key: Kc (a 256-byte key used as for tls-crypt) followed by the wrapped key WKc. */
public final class TlsCryptV2ClientKey {
    static final String BEGIN = "-----BEGIN OpenVPN tls-crypt-v2 client key-----";
    static final String END = "-----END OpenVPN tls-crypt-v2 client key-----";
    /** WKc = tag (32) + encrypted Kc (256) + length (2), plus optional metadata. */
    private static final int MIN_WKC = 32 + StaticKey.SIZE + 2;

    private final StaticKey kc;
    private final byte[] wkc;

    private TlsCryptV2ClientKey(StaticKey kc, byte[] wkc) {
        this.kc = kc;
        this.wkc = wkc;
    }

    /** Parses the PEM text of a client key; {@code source} names it in error messages. */
    public static TlsCryptV2ClientKey parse(String text, String source) throws KeyFileException {
        int begin = text.indexOf(BEGIN);
        if (begin < 0) {
            String hint = text.contains("tls-crypt-v2 server key")
                    ? " (this is the server key: give a client key made with --genkey tls-crypt-v2-client)"
                    : text.contains(StaticKey.BEGIN) ? " (this is a static key: use --tls-auth or --tls-crypt)" : "";
            throw new KeyFileException(source + ": no '" + BEGIN + "' line" + hint);
        }
        int end = text.indexOf(END, begin);
        if (end < 0) {
            throw new KeyFileException(source + ": no '" + END + "' line");
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(text.substring(begin + BEGIN.length(), end).replaceAll("\\s+", ""));
        } catch (IllegalArgumentException e) {
            throw new KeyFileException(source + ": the key is not valid base64: " + e.getMessage(), e);
        }
        if (raw.length < StaticKey.SIZE + MIN_WKC) {
            throw new KeyFileException(source + ": the key holds " + raw.length + " bytes, expected at least "
                    + (StaticKey.SIZE + MIN_WKC));
        }
        byte[] wkc = Arrays.copyOfRange(raw, StaticKey.SIZE, raw.length);
        int declared = (wkc[wkc.length - 2] & 0xff) << 8 | (wkc[wkc.length - 1] & 0xff);
        if (declared != wkc.length) {
            throw new KeyFileException(source + ": the wrapped key says it has " + declared + " bytes but has "
                    + wkc.length);
        }
        return new TlsCryptV2ClientKey(StaticKey.of(Arrays.copyOf(raw, StaticKey.SIZE)), wkc);
    }

    /** Kc, used exactly as a tls-crypt key. */
    public StaticKey clientKey() {
        return kc;
    }

    /** WKc, appended to the client's first packet so the server can unwrap Kc. */
    public byte[] wrappedKey() {
        return wkc.clone();
    }
}
