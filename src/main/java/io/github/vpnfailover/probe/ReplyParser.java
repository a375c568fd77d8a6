package io.github.vpnfailover.probe;

import java.util.Arrays;

/**
 * Checks the parts of a server's answer that every wrapping shares: opcode, ack array, session id, message id.
 * The answer is its hard reset, or a bare acknowledgement of ours: a point-to-point server (tls-server without
 * {@code mode server}) that still holds an earlier session acks a new client's reset and sends no reset of its own
 * to it (decision 0205).
 */
final class ReplyParser {
    static final int CLIENT_RESET_V2 = 7;
    static final int ACK_V1 = 5;
    static final int SERVER_RESET_V2 = 8;
    static final int CLIENT_RESET_V3 = 10;
    private static final int MAX_ACKS = 8;
    private static final String[] OPCODE_NAMES = {
        "invalid", "P_CONTROL_HARD_RESET_CLIENT_V1", "P_CONTROL_HARD_RESET_SERVER_V1", "P_CONTROL_SOFT_RESET_V1",
        "P_CONTROL_V1", "P_ACK_V1", "P_DATA_V1", "P_CONTROL_HARD_RESET_CLIENT_V2", "P_CONTROL_HARD_RESET_SERVER_V2",
        "P_DATA_V2", "P_CONTROL_HARD_RESET_CLIENT_V3", "P_CONTROL_WKC_V1"};

    private ReplyParser() {
    }

    /** The opcode byte for {@code opcode} with key id 0. */
    static byte opcodeByte(int opcode) {
        return (byte) (opcode << 3);
    }

    /** The opcode in a packet's first byte (its top five bits; the low three are the key id). */
    static int opcode(byte first) {
        return (first & 0xff) >> 3;
    }

    /** Null when the packet starts with a server hard reset V2 or an ack on key id 0, else why not. */
    static Reply.Invalid checkHeader(byte[] packet) {
        if (packet.length == 0) {
            return new Reply.Invalid("empty reply");
        }
        int opcode = opcode(packet[0]);
        int keyId = packet[0] & 7;
        if (opcode != SERVER_RESET_V2 && opcode != ACK_V1) {
            String name = opcode < OPCODE_NAMES.length ? OPCODE_NAMES[opcode] : "unknown";
            return new Reply.Invalid("opcode " + opcode + " (" + name + ") instead of P_CONTROL_HARD_RESET_SERVER_V2 (8)"
                    + " or P_ACK_V1 (5)");
        }
        if (keyId != 0) {
            return new Reply.Invalid("key id " + keyId + " instead of 0");
        }
        return null;
    }

    /** Null when {@code packet} has at least {@code min} bytes, else why it is too short for {@code what}. */
    static Reply.Invalid checkLength(byte[] packet, int min, String what) {
        if (packet.length < min) {
            return new Reply.Invalid("reply of " + packet.length + " bytes is too short for " + what
                    + " (at least " + min + ")");
        }
        return null;
    }

    /**
     * Parses ack count, acked ids, the echoed session id and (for a reset, not an ack) the message id in
     * {@code body[from, to)}. {@code opcodeByte} is the packet's first byte, {@code serverSid} the sender's session
     * id from the packet header.
     */
    static Reply parseBody(byte[] body, int from, int to, byte opcodeByte, byte[] serverSid, byte[] ourSid) {
        boolean ack = opcode(opcodeByte) == ACK_V1;
        int p = from;
        if (to - p < 1) {
            return new Reply.Invalid("reply ends before its ack count");
        }
        int acks = body[p++] & 0xff;
        if (acks == 0) {
            return new Reply.Invalid("reply acknowledges nothing (expected an ack of our message 0)");
        }
        if (acks > MAX_ACKS) {
            return new Reply.Invalid("ack count " + acks + " exceeds OpenVPN's maximum of " + MAX_ACKS);
        }
        if (to - p < acks * 4 + 8 + (ack ? 0 : 4)) {
            return new Reply.Invalid("reply ends inside its ack array, session id or message id");
        }
        boolean ackedOurs = false;
        for (int i = 0; i < acks; i++) {
            ackedOurs |= readInt(body, p) == 0;
            p += 4;
        }
        byte[] echoed = Arrays.copyOfRange(body, p, p + 8);
        p += 8;
        int messageId = ack ? 0 : readInt(body, p);
        if (!ackedOurs) {
            return new Reply.Invalid("reply does not acknowledge our message id 0");
        }
        if (!Arrays.equals(echoed, ourSid)) {
            return new Reply.Invalid("reply echoes session id " + Hex.encode(echoed) + ", we sent " + Hex.encode(ourSid));
        }
        if (messageId != 0) {
            return new Reply.Invalid("reply has message id " + Integer.toUnsignedString(messageId) + " instead of 0");
        }
        return new Reply.Valid(Hex.encode(serverSid), ack);
    }

    static int readInt(byte[] b, int p) {
        return (b[p] & 0xff) << 24 | (b[p + 1] & 0xff) << 16 | (b[p + 2] & 0xff) << 8 | (b[p + 3] & 0xff);
    }

    /** The body of our client reset: no acks, message id 0, no payload. */
    static byte[] clientResetBody() {
        return new byte[] {0, 0, 0, 0, 0};
    }
}
