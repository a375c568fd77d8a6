package io.github.vpnfailover.router.ssh;

/** A host, user, port or key path that was refused before connecting (a usage error: CLI exit code 2). */
public final class InvalidTargetException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidTargetException(String message) {
        super(message);
    }
}
