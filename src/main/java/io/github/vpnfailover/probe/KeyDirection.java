package io.github.vpnfailover.probe;

/** OpenVPN's key-direction for a static key: which 64-byte slots this side sends and verifies with. */
public enum KeyDirection {
    /** No key-direction: slot 0 both ways. */
    NONE(0, 0),
    /** key-direction 0 (usually the server): send with slot 0, verify slot 1. */
    NORMAL(0, 1),
    /** key-direction 1 (usually the client): send with slot 1, verify slot 0. */
    INVERSE(1, 0);

    private final int sendSlot;
    private final int receiveSlot;

    KeyDirection(int sendSlot, int receiveSlot) {
        this.sendSlot = sendSlot;
        this.receiveSlot = receiveSlot;
    }

    /** Slot (0 or 1) this side's outgoing HMAC key comes from. */
    public int sendSlot() {
        return sendSlot;
    }

    /** Slot (0 or 1) the peer's HMAC key comes from. */
    public int receiveSlot() {
        return receiveSlot;
    }

    /** Parses "0", "1" or "none"; throws IllegalArgumentException otherwise. */
    public static KeyDirection parse(String text) {
        switch (text.trim()) {
            case "0":
                return NORMAL;
            case "1":
                return INVERSE;
            case "none":
            case "":
                return NONE;
            default:
                throw new IllegalArgumentException("key direction must be 0 or 1, not '" + text + "'");
        }
    }
}
