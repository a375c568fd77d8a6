package io.github.vpnfailover.probe;

import io.github.vpnfailover.probe.Crypto.Slice;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * tls-auth: {@code op | sid | HMAC | packet-id | time | body}, the HMAC taken over
 * {@code packet-id | time | op | sid | body}.
 */
public final class TlsAuthWrapping implements Wrapping {
    private static final int MAX_HMAC_KEY = 64;

    private final Digest digest;
    private final byte[] sendKey;
    private final byte[] verifyKey;

    private TlsAuthWrapping(Digest digest, byte[] sendKey, byte[] verifyKey) {
        this.digest = digest;
        this.sendKey = sendKey;
        this.verifyKey = verifyKey;
    }

    /** HMAC keys taken from a static key's slots as OpenVPN does for {@code direction}. */
    public static TlsAuthWrapping fromKey(StaticKey key, Digest digest, KeyDirection direction) {
        return new TlsAuthWrapping(digest, key.hmacKey(direction.sendSlot(), digest.size()),
                key.hmacKey(direction.receiveSlot(), digest.size()));
    }

    /**
     * Explicit HMAC keys (check_openvpn's --digest-key-client / --digest-key-server); longer keys are cut to the
     * digest size as OpenVPN does. Throws IllegalArgumentException for empty or over-long keys.
     */
    public static TlsAuthWrapping fromKeys(Digest digest, byte[] clientKey, byte[] serverKey) {
        return new TlsAuthWrapping(digest, fit(clientKey, "client", digest), fit(serverKey, "server", digest));
    }

    private static byte[] fit(byte[] key, String side, Digest digest) {
        if (key.length == 0 || key.length > MAX_HMAC_KEY) {
            throw new IllegalArgumentException("the " + side + " HMAC key has " + key.length
                    + " bytes: give 1 to " + MAX_HMAC_KEY);
        }
        return Arrays.copyOf(key, Math.min(key.length, digest.size()));
    }

    @Override
    public byte[] clientReset(byte[] sessionId, int packetId, long unixSeconds) {
        byte[] body = ReplyParser.clientResetBody();
        byte[] head = ByteBuffer.allocate(9).put(ReplyParser.opcodeByte(ReplyParser.CLIENT_RESET_V2)).put(sessionId).array();
        byte[] replay = ByteBuffer.allocate(8).putInt(packetId).putInt((int) unixSeconds).array();
        byte[] mac = Crypto.hmac(digest.jcaName(), sendKey, Slice.of(replay), Slice.of(head), Slice.of(body));
        return ByteBuffer.allocate(head.length + mac.length + replay.length + body.length)
                .put(head).put(mac).put(replay).put(body).array();
    }

    @Override
    public Reply readReply(byte[] packet, byte[] sessionId) {
        int h = digest.size();
        int bodyStart = 9 + h + 8;
        Reply.Invalid bad = ReplyParser.checkHeader(packet);
        if (bad == null) {
            bad = ReplyParser.checkLength(packet, bodyStart + 1 + 4, describe());
        }
        if (bad != null) {
            return unwrappedOr(packet, sessionId, bad);
        }
        byte[] expected = Crypto.hmac(digest.jcaName(), verifyKey, new Slice(packet, 9 + h, bodyStart),
                new Slice(packet, 0, 9), new Slice(packet, bodyStart, packet.length));
        if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(packet, 9, 9 + h))) {
            return new Reply.BadAuth("HMAC does not verify (wrong key, key direction or digest?)");
        }
        return ReplyParser.parseBody(packet, bodyStart, packet.length, Arrays.copyOfRange(packet, 1, 9), sessionId);
    }

    /** A reply to us that carries no wrapping means the server does not use ours: say so instead of {@code other}. */
    private Reply unwrappedOr(byte[] packet, byte[] sessionId, Reply other) {
        if (Wrapping.none().readReply(packet, sessionId) instanceof Reply.Valid) {
            return new Reply.Invalid("the server answered without " + describe() + ": it does not use this wrapping");
        }
        return other;
    }

    @Override
    public String describe() {
        return "tls-auth HMAC-" + digest.openVpnName();
    }

    @Override
    public String proof() {
        return "HMAC verified";
    }
}
