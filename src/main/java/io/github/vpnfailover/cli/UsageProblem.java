package io.github.vpnfailover.cli;

/** A flag value or combination a command refuses; the message names the flag and why. */
final class UsageProblem extends Exception {
    private static final long serialVersionUID = 1L;

    UsageProblem(String message) {
        super(message);
    }
}
