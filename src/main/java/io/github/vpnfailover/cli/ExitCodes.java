package io.github.vpnfailover.cli;

/** The exit codes scripts rely on (a public contract). */
public final class ExitCodes {
    public static final int OK = 0;
    /** Measured or handled failure: a switch not verified, a tunnel that did not answer. */
    public static final int FAILURE = 1;
    /** Usage or validation error: the message names the argument and why. */
    public static final int USAGE = 2;
    /** Could not connect, or the host key was unknown or changed. */
    public static final int CONNECTION = 3;

    private ExitCodes() {
    }
}
