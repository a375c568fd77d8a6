package io.github.vpnfailover.probe;

/**
 * OpenVPN's key-direction for a tls-auth static key: which HMAC slot this side signs with and which it verifies.
 * Slot 0 is key bytes 64..127, slot 1 bytes 192..255 (decision 0110).
 */
public enum KeyDirection {
    /** No key-direction ({@code tls-auth ta.key}): slot 0 both ways. */
    NONE(0, 0, "no key-direction"),
    /** {@code key-direction 0}, the usual server side: sign with slot 0, verify slot 1. */
    ZERO(0, 1, "key-direction 0"),
    /** {@code key-direction 1}, the usual client side: sign with slot 1, verify slot 0. */
    ONE(1, 0, "key-direction 1");

    private final int sendSlot;
    private final int receiveSlot;
    private final String label;

    KeyDirection(int sendSlot, int receiveSlot, String label) {
        this.sendSlot = sendSlot;
        this.receiveSlot = receiveSlot;
        this.label = label;
    }

    /** Slot (0 or 1) this side's outgoing HMAC key comes from. */
    public int sendSlot() {
        return sendSlot;
    }

    /** Slot (0 or 1) the peer's HMAC key comes from. */
    public int receiveSlot() {
        return receiveSlot;
    }

    /** "key-direction 1" or "no key-direction", for messages. */
    public String label() {
        return label;
    }

    /** The server setting this direction is the client side of, quoted, e.g. "'tls-auth ta.key 0'" for ONE. */
    public String serverSetting() {
        switch (this) {
            case ZERO:
                return "'tls-auth ta.key 1'";
            case ONE:
                return "'tls-auth ta.key 0'";
            default:
                return "'tls-auth ta.key' without a direction";
        }
    }

    /** Parses "0", "1" or "none"; throws IllegalArgumentException otherwise. */
    public static KeyDirection parse(String text) {
        switch (text.trim()) {
            case "0":
                return ZERO;
            case "1":
                return ONE;
            case "none":
            case "":
                return NONE;
            default:
                throw new IllegalArgumentException("key direction must be 0, 1 or none, not '" + text + "'");
        }
    }
}
