package io.github.vpnfailover.router.ssh;

import io.github.vpnfailover.router.ShellException;

/** The SSH connection could not be opened or was lost (refused, unreachable, dropped, gave up reconnecting). */
public class SshConnectionException extends ShellException {

    public SshConnectionException(String message) {
        super(message);
    }

    public SshConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
