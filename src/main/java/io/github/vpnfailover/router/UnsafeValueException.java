package io.github.vpnfailover.router;

/** A value refused before it could go into a router command: says which value, what it was and why. */
public final class UnsafeValueException extends IllegalArgumentException {

    private final String what;
    private final String value;
    private final String reason;

    public UnsafeValueException(String what, String value, String reason) {
        super(what + " '" + printable(value) + "' refused: " + reason);
        this.what = what;
        this.value = value;
        this.reason = reason;
    }

    /** What kind of value it was, e.g. "interface name", "ping target". */
    public String what() {
        return what;
    }

    public String value() {
        return value;
    }

    public String reason() {
        return reason;
    }

    /** Control characters are shown escaped so the message itself stays one clean line. */
    private static String printable(String value) {
        if (value == null) {
            return "null";
        }
        var sb = new StringBuilder();
        value.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }
}
