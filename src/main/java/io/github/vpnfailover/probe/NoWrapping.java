package io.github.vpnfailover.probe;

import java.nio.ByteBuffer;
import java.util.Arrays;

/** Control packets without tls-auth or tls-crypt: opcode, session id, body. */
final class NoWrapping implements Wrapping {
    private static final int HEADER = 1 + 8;

    @Override
    public byte[] clientReset(byte[] sessionId, int packetId, long unixSeconds) {
        byte[] body = ReplyParser.clientResetBody();
        return ByteBuffer.allocate(HEADER + body.length)
                .put(ReplyParser.opcodeByte(ReplyParser.CLIENT_RESET_V2)).put(sessionId).put(body).array();
    }

    @Override
    public Reply readReply(byte[] packet, byte[] sessionId) {
        Reply.Invalid bad = ReplyParser.checkHeader(packet);
        if (bad == null) {
            bad = ReplyParser.checkLength(packet, HEADER + 1 + 4, "an unwrapped reset");
        }
        if (bad != null) {
            return bad;
        }
        return ReplyParser.parseBody(packet, HEADER, packet.length, packet[0], Arrays.copyOfRange(packet, 1, HEADER),
                sessionId);
    }

    @Override
    public String describe() {
        return "no wrapping";
    }

    @Override
    public String proof() {
        return "";
    }
}
