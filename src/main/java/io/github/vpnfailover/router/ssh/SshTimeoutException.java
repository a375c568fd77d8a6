package io.github.vpnfailover.router.ssh;

import io.github.vpnfailover.router.ShellException;
import java.time.Duration;

/** A remote command did not finish within its timeout; its channel was closed. The session stays usable. */
public class SshTimeoutException extends ShellException {

    private final Duration timeout;

    public SshTimeoutException(String message, Duration timeout) {
        super(message);
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }
}
