package io.github.vpnfailover.router;

import java.time.Duration;

/**
 * A command ran but did not finish within its timeout and was stopped; the shell itself is still usable.
 * Unlike other {@link ShellException}s this does not mean the router is unreachable.
 */
public class CommandTimeoutException extends ShellException {

    private final Duration timeout;

    public CommandTimeoutException(String message, Duration timeout) {
        super(message);
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }
}
