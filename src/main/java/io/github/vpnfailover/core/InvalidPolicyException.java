package io.github.vpnfailover.core;

/** A policy value outside its allowed range; names the field, the value and the range. */
public class InvalidPolicyException extends IllegalArgumentException {

    private static final int SHOWN = 120;

    private final String field;
    private final Object value;
    private final String allowed;

    public InvalidPolicyException(String field, Object value, String allowed) {
        super(field + " = " + shown(value) + " is not allowed: " + allowed);
        this.field = field;
        this.value = value;
        this.allowed = allowed;
    }

    /** A text value is quoted, its control characters escaped and its length capped, so the message stays one readable line. */
    private static String shown(Object value) {
        if (!(value instanceof String text)) {
            return String.valueOf(value);
        }
        String p = ValueRules.printable(text.length() > SHOWN ? text.substring(0, SHOWN) : text);
        return "'" + p + "'" + (text.length() > SHOWN ? "… (" + text.length() + " characters)" : "");
    }

    public String field() {
        return field;
    }

    public Object value() {
        return value;
    }

    public String allowed() {
        return allowed;
    }
}
