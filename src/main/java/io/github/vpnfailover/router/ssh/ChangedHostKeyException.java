package io.github.vpnfailover.router.ssh;

import java.util.List;

/** The router presented a different host key than known_hosts holds: always refused (possible man in the middle). */
public final class ChangedHostKeyException extends HostKeyException {

    private final String presentedFingerprint;
    private final List<String> knownFingerprints;

    public ChangedHostKeyException(String host, String presentedType, String presentedFingerprint,
                                   List<String> knownFingerprints, String knownHostsFile) {
        super("HOST KEY CHANGED for " + host + ": it presented " + presentedType + " " + presentedFingerprint
                + " but " + knownHostsFile + " knows " + String.join(", ", knownFingerprints)
                + ". Someone may be intercepting the connection. Connection refused. If the router's key"
                + " really changed, remove the old entry (ssh-keygen -R '" + host + "' -f " + knownHostsFile
                + ") and connect again.");
        this.presentedFingerprint = presentedFingerprint;
        this.knownFingerprints = List.copyOf(knownFingerprints);
    }

    public String presentedFingerprint() {
        return presentedFingerprint;
    }

    /** "TYPE SHA256:..." for each key known_hosts has for this host. */
    public List<String> knownFingerprints() {
        return knownFingerprints;
    }
}
