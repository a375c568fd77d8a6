package io.github.vpnfailover.probe;

/** A probe's verdict, with the Nagios/Icinga plugin exit code it maps to. */
public enum ProbeStatus {
    /** A valid reply came back (HMAC or tag verified where there is one). */
    OK(0),
    /** Something answered like OpenVPN, but its HMAC or tag did not verify with our key. */
    WARNING(1),
    /** No answer, a refused connection, or an answer that is not a valid OpenVPN reset. */
    CRITICAL(2),
    /** The check could not run: bad arguments, an unreadable key file, a name that does not resolve. */
    UNKNOWN(3);

    private final int exitCode;

    ProbeStatus(int exitCode) {
        this.exitCode = exitCode;
    }

    /** The plugin exit code: 0, 1, 2 or 3. */
    public int exitCode() {
        return exitCode;
    }
}
