package io.github.vpnfailover.probe;

import io.github.vpnfailover.probe.Crypto.Slice;
import io.github.vpnfailover.probe.Unwrapping.Opened;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * tls-auth: {@code op | sid | HMAC | packet-id | time | body}, the HMAC taken over
 * {@code packet-id | time | op | sid | body}.
 */
public final class TlsAuthWrapping implements Wrapping {
    private static final int MAX_HMAC_KEY = 64;

    private final Digest digest;
    private final byte[] sendKey;
    private final byte[] verifyKey;
    private final StaticKey key;
    private final KeyDirection direction;
    private final DirectionFlags flags;

    private TlsAuthWrapping(Digest digest, byte[] sendKey, byte[] verifyKey, StaticKey key, KeyDirection direction,
                            DirectionFlags flags) {
        this.digest = digest;
        this.sendKey = sendKey;
        this.verifyKey = verifyKey;
        this.key = key;
        this.direction = direction;
        this.flags = flags;
    }

    /** HMAC keys taken from a static key's slots as OpenVPN does for {@code direction}. */
    public static TlsAuthWrapping fromKey(StaticKey key, Digest digest, KeyDirection direction) {
        return new TlsAuthWrapping(digest, key.hmacKey(direction.sendSlot(), digest.size()),
                key.hmacKey(direction.receiveSlot(), digest.size()), key, direction, DirectionFlags.plain());
    }

    /**
     * Explicit HMAC keys (check_openvpn's --digest-key-client / --digest-key-server); longer keys are cut to the
     * digest size as OpenVPN does. A null {@code serverKey} leaves the reply's HMAC unchecked, as check_openvpn
     * does. Throws IllegalArgumentException for empty or over-long keys.
     */
    public static TlsAuthWrapping fromKeys(Digest digest, byte[] clientKey, byte[] serverKey) {
        return new TlsAuthWrapping(digest, fit(clientKey, "client", digest),
                serverKey == null ? null : fit(serverKey, "server", digest), null, null, DirectionFlags.plain());
    }

    /** This wrapping, naming directions in {@code callerFlags} when a probe fails. */
    public TlsAuthWrapping withFlags(DirectionFlags callerFlags) {
        return new TlsAuthWrapping(digest, sendKey, verifyKey, key, direction, callerFlags);
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
        return Unwrapping.read(packet, sessionId, 9 + digest.size() + 8, describe(), this::open);
    }

    private Opened open(byte[] packet) {
        int bodyStart = 9 + digest.size() + 8;
        if (verifyKey == null || signedWith(verifyKey, packet)) {
            return Opened.body(packet, bodyStart, packet.length);
        }
        KeyDirection fits = directionThatVerifies(packet);
        if (fits != null) {
            // The server took our reset, so it receives on our send slot; the slot it signs with names its setting.
            return Opened.rejected("HMAC does not verify with " + direction.label() + ", but the server accepted our"
                    + " reset and signs as a server with " + fits.serverSetting() + " does; give " + flags.howToAsk(fits));
        }
        return Opened.rejected("HMAC does not verify (wrong key, key direction or digest?)");
    }

    /** The other direction that sends as we did and verifies this reply, or null (also for explicit keys). */
    private KeyDirection directionThatVerifies(byte[] packet) {
        if (key == null) {
            return null;
        }
        for (KeyDirection d : KeyDirection.values()) {
            if (d != direction && d.sendSlot() == direction.sendSlot()
                    && signedWith(key.hmacKey(d.receiveSlot(), digest.size()), packet)) {
                return d;
            }
        }
        return null;
    }

    private boolean signedWith(byte[] key, byte[] packet) {
        int h = digest.size();
        int bodyStart = 9 + h + 8;
        byte[] expected = Crypto.hmac(digest.jcaName(), key, new Slice(packet, 9 + h, bodyStart),
                new Slice(packet, 0, 9), new Slice(packet, bodyStart, packet.length));
        return MessageDigest.isEqual(expected, Arrays.copyOfRange(packet, 9, 9 + h));
    }

    @Override
    public String describe() {
        return "tls-auth HMAC-" + digest.openVpnName();
    }

    @Override
    public String proof() {
        if (verifyKey == null) {
            return "reply HMAC not checked (no server key)";
        }
        return direction == null ? "HMAC verified" : direction.label() + ", HMAC verified";
    }

    /** Servers drop a reset signed with the wrong slot without a word: say which direction went out, and the others. */
    @Override
    public String adviceWhenSilent() {
        if (direction == null) {
            return "";
        }
        List<String> others = new ArrayList<>();
        for (KeyDirection d : List.of(KeyDirection.ZERO, KeyDirection.ONE, KeyDirection.NONE)) {
            if (d != direction) {
                others.add("for " + d.serverSetting() + " give " + flags.howToAsk(d));
            }
        }
        return "sent with " + direction.label() + ", which suits a server with " + direction.serverSetting() + "; "
                + String.join("; ", others);
    }
}
