package io.github.vpnfailover.router;

import java.util.function.UnaryOperator;

/**
 * The common base of the values a command is built from ({@link InterfaceName}, {@link HostAddress},
 * {@link HttpUrl}): checked by one of core's {@code ValueRules} when made, and entering a command only
 * single-quoted.
 */
public interface CommandToken {

    /** The checked value, unquoted. */
    String value();

    /** The value single-quoted for a command line. */
    default String quoted() {
        return ShellQuote.quote(value());
    }

    /** Returns {@code value} when {@code rule} finds no problem with it; else refuses it, naming {@code what}. */
    static String require(String what, String value, UnaryOperator<String> rule) {
        String problem = rule.apply(value);
        if (problem != null) {
            throw new UnsafeValueException(what, value, problem);
        }
        return value;
    }
}
