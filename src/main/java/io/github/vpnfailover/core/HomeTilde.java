package io.github.vpnfailover.core;

/**
 * The one rule for a leading {@code ~} in a path the operator typed, as ssh and their shell read it: {@code ~} and
 * {@code ~/…} are their home; {@code ~other} and a {@code ~} anywhere else are left as typed.
 */
public final class HomeTilde {

    private HomeTilde() {
    }

    public static String expand(String value, String home) {
        return value.startsWith("~/") || value.equals("~") ? home + value.substring(1) : value;
    }
}
