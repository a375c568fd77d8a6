package io.github.vpnfailover.probe;

import io.github.vpnfailover.probe.Crypto.Slice;
import io.github.vpnfailover.probe.Unwrapping.Opened;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * tls-crypt and tls-crypt-v2: {@code op | sid | packet-id | time | tag | AES-256-CTR(body)}, tag = HMAC-SHA256 over
 * the 17-byte header and the plain body, the tag's first 16 bytes being the counter block. v2 appends WKc.
 */
public final class TlsCryptWrapping implements Wrapping {
    private static final int HEADER = 1 + 8 + 8;
    private static final int TAG = 32;
    private static final String HMAC = "HmacSHA256";

    private final byte[] encryptOut;
    private final byte[] authOut;
    private final byte[] encryptIn;
    private final byte[] authIn;
    private final byte[] wrappedKey;

    private TlsCryptWrapping(StaticKey key, byte[] wrappedKey) {
        // The client sends with key slot 1 and the server with slot 0 (tls-crypt fixes the key directions).
        this.encryptOut = key.cipherKey(1, 32);
        this.authOut = key.hmacKey(1, 32);
        this.encryptIn = key.cipherKey(0, 32);
        this.authIn = key.hmacKey(0, 32);
        this.wrappedKey = wrappedKey;
    }

    /** tls-crypt with a shared static key. */
    public static TlsCryptWrapping tlsCrypt(StaticKey key) {
        return new TlsCryptWrapping(key, null);
    }

    /** tls-crypt-v2 with a client key: Kc wraps the packets, WKc rides on the first one. */
    public static TlsCryptWrapping tlsCryptV2(TlsCryptV2ClientKey key) {
        return new TlsCryptWrapping(key.clientKey(), key.wrappedKey());
    }

    @Override
    public byte[] clientReset(byte[] sessionId, int packetId, long unixSeconds) {
        int opcode = wrappedKey == null ? ReplyParser.CLIENT_RESET_V2 : ReplyParser.CLIENT_RESET_V3;
        byte[] header = ByteBuffer.allocate(HEADER).put(ReplyParser.opcodeByte(opcode)).put(sessionId)
                .putInt(packetId).putInt((int) unixSeconds).array();
        byte[] body = ReplyParser.clientResetBody();
        byte[] tag = Crypto.hmac(HMAC, authOut, Slice.of(header), Slice.of(body));
        byte[] cipherText = Crypto.aesCtr(encryptOut, tag, body, 0, body.length);
        byte[] wkc = wrappedKey == null ? new byte[0] : wrappedKey;
        return ByteBuffer.allocate(HEADER + TAG + cipherText.length + wkc.length)
                .put(header).put(tag).put(cipherText).put(wkc).array();
    }

    @Override
    public Reply readReply(byte[] packet, byte[] sessionId) {
        return Unwrapping.read(packet, sessionId, HEADER + TAG, describe(), this::open);
    }

    private Opened open(byte[] packet) {
        byte[] tag = Arrays.copyOfRange(packet, HEADER, HEADER + TAG);
        byte[] plain = Crypto.aesCtr(encryptIn, tag, packet, HEADER + TAG, packet.length);
        byte[] expected = Crypto.hmac(HMAC, authIn, new Slice(packet, 0, HEADER), Slice.of(plain));
        if (!MessageDigest.isEqual(expected, tag)) {
            return Opened.rejected(describe() + " tag does not verify (wrong key?)");
        }
        return Opened.body(plain, 0, plain.length);
    }

    @Override
    public String describe() {
        return wrappedKey == null ? "tls-crypt" : "tls-crypt-v2";
    }

    @Override
    public String proof() {
        return "tag verified";
    }
}
