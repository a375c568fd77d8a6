package io.github.vpnfailover.router.ssh;

import io.github.vpnfailover.router.ShellException;

/** The router's host key is unknown (and was not accepted) or has changed. */
public class HostKeyException extends ShellException {
    public HostKeyException(String message) {
        super(message);
    }
}
