package io.github.vpnfailover.router.ssh;

/** The router refused every credential offered, or a key file could not be used (missing, wrong passphrase). */
public class SshAuthException extends SshConnectionException {

    public SshAuthException(String message) {
        super(message);
    }

    public SshAuthException(String message, Throwable cause) {
        super(message, cause);
    }
}
