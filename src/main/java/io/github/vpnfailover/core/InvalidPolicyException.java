package io.github.vpnfailover.core;

/** A policy value outside its allowed range; names the field, the value and the range. */
public class InvalidPolicyException extends IllegalArgumentException {

    private final String field;
    private final Object value;
    private final String allowed;

    public InvalidPolicyException(String field, Object value, String allowed) {
        super(field + " = " + value + " is not allowed: " + allowed);
        this.field = field;
        this.value = value;
        this.allowed = allowed;
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
