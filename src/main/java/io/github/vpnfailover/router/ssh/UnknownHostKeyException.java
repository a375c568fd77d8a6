package io.github.vpnfailover.router.ssh;

/** The router presented a host key that is not in known_hosts, and it was not accepted. */
public final class UnknownHostKeyException extends HostKeyException {

    private final String host;
    private final String keyType;
    private final String fingerprint;

    public UnknownHostKeyException(String host, String keyType, String fingerprint, String knownHostsFile) {
        super("Unknown host key for " + host + ": " + keyType + " " + fingerprint
                + ". It is not in " + knownHostsFile + ". If this fingerprint is the router's"
                + " (check with `ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub` on the router),"
                + " run again with --accept-new-host-key to trust and save it.");
        this.host = host;
        this.keyType = keyType;
        this.fingerprint = fingerprint;
    }

    public String host() {
        return host;
    }

    public String keyType() {
        return keyType;
    }

    /** "SHA256:..." as {@code ssh-keygen -l} prints it. */
    public String fingerprint() {
        return fingerprint;
    }
}
