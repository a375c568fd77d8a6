package io.github.vpnfailover.probe;

import io.github.vpnfailover.probe.Crypto.Slice;
import java.nio.ByteBuffer;
import java.util.Arrays;

/** Builds what an OpenVPN server would send back (P_CONTROL_HARD_RESET_SERVER_V2), for fake responders and fuzzing. */
final class ServerReplies {
    private ServerReplies() {
    }

    /** The client's session id, at bytes 1..9 of every client reset. */
    static byte[] clientSessionId(byte[] clientPacket) {
        return Arrays.copyOfRange(clientPacket, 1, 9);
    }

    /** Ack 1 (our id 0), the client's session id, message id 0, then {@code payload}. */
    static byte[] body(byte[] clientSid, byte[] payload) {
        return ByteBuffer.allocate(1 + 4 + 8 + 4 + payload.length).put((byte) 1).putInt(0).put(clientSid).putInt(0)
                .put(payload).array();
    }

    /** An unwrapped P_ACK_V1 of the client's message 0: ack count 1, id 0, the client's session id, no message id. */
    static byte[] plainAck(byte[] serverSid, byte[] clientSid) {
        return ByteBuffer.allocate(9 + 1 + 4 + 8).put((byte) 0x28).put(serverSid).put((byte) 1).putInt(0).put(clientSid)
                .array();
    }

    static byte[] plain(byte[] serverSid, byte[] clientSid) {
        byte[] body = body(clientSid, new byte[0]);
        return ByteBuffer.allocate(9 + body.length).put((byte) 0x40).put(serverSid).put(body).array();
    }

    /** A tls-auth reply signed with {@code hmacKey} (the server's send key). */
    static byte[] tlsAuth(Digest digest, byte[] hmacKey, byte[] serverSid, byte[] clientSid) {
        byte[] head = ByteBuffer.allocate(9).put((byte) 0x40).put(serverSid).array();
        byte[] replay = ByteBuffer.allocate(8).putInt(1).putInt((int) (System.currentTimeMillis() / 1000)).array();
        byte[] body = body(clientSid, new byte[0]);
        byte[] mac = Crypto.hmac(digest.jcaName(), Arrays.copyOf(hmacKey, digest.size()), Slice.of(replay),
                Slice.of(head), Slice.of(body));
        return ByteBuffer.allocate(9 + mac.length + 8 + body.length).put(head).put(mac).put(replay).put(body).array();
    }

    /** A tls-crypt reply as the server sends it, with key slot 0. */
    static byte[] tlsCrypt(StaticKey key, byte[] serverSid, byte[] clientSid) {
        byte[] header = ByteBuffer.allocate(17).put((byte) 0x40).put(serverSid).putInt(1)
                .putInt((int) (System.currentTimeMillis() / 1000)).array();
        byte[] body = body(clientSid, new byte[0]);
        byte[] tag = Crypto.hmac("HmacSHA256", key.hmacKey(0, 32), Slice.of(header), Slice.of(body));
        byte[] cipherText = Crypto.aesCtr(key.cipherKey(0, 32), tag, body, 0, body.length);
        return ByteBuffer.allocate(17 + 32 + cipherText.length).put(header).put(tag).put(cipherText).array();
    }
}
