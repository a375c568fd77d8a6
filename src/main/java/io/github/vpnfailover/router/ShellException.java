package io.github.vpnfailover.router;

/** The shell could not run a command: connection lost, auth or host key refused, timeout. */
public class ShellException extends Exception {

    public ShellException(String message) {
        super(message);
    }

    public ShellException(String message, Throwable cause) {
        super(message, cause);
    }
}
