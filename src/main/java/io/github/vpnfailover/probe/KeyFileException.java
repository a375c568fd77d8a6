package io.github.vpnfailover.probe;

/** A key file that cannot be read or is not in the expected OpenVPN format; the message says which and why. */
public final class KeyFileException extends Exception {
    private static final long serialVersionUID = 1L;

    public KeyFileException(String message) {
        super(message);
    }

    public KeyFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
