package io.github.vpnfailover.router.ssh;

import io.github.vpnfailover.router.CommandTimeoutException;
import java.time.Duration;

/** A remote command did not finish within its timeout; its channel was closed. The session stays usable. */
public class SshTimeoutException extends CommandTimeoutException {

    public SshTimeoutException(String message, Duration timeout) {
        super(message, timeout);
    }
}
