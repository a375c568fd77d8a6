package io.github.vpnfailover.router;

/** POSIX single-quoting: the only way a value enters a command line. */
public final class ShellQuote {

    private ShellQuote() {
    }

    /** Wraps {@code value} in single quotes; an embedded quote becomes {@code '\''}. */
    public static String quote(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }
}
