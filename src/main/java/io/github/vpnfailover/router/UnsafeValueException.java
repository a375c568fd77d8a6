package io.github.vpnfailover.router;

import io.github.vpnfailover.core.ValueRules;

/** A value refused before it could go into a router command: says which value, what it was and why. */
public final class UnsafeValueException extends IllegalArgumentException {

    private final String what;
    private final String value;
    private final String reason;

    public UnsafeValueException(String what, String value, String reason) {
        super(what + " '" + ValueRules.printable(value) + "' refused: " + reason);
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
}
