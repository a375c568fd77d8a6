package io.github.vpnfailover.router;

import io.github.vpnfailover.core.ValueRules;

/**
 * A network interface name that is safe to put into a command: the kernel's rules (1..15 bytes, not "." or "..",
 * no '/', no white space) plus none of the characters a shell treats specially.
 */
public record InterfaceName(String value) implements CommandToken {

    public InterfaceName {
        CommandToken.require("interface name", value, ValueRules::interfaceName);
    }

    /** Validates or throws {@link UnsafeValueException}. */
    public static InterfaceName of(String value) {
        return new InterfaceName(value);
    }

    /** Why {@code name} is not acceptable, or null when it is. */
    public static String problem(String name) {
        return ValueRules.interfaceName(name);
    }

    @Override
    public String toString() {
        return value;
    }
}
