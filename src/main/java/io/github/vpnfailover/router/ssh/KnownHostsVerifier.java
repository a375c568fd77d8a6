package io.github.vpnfailover.router.ssh;

import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.HostKeyRepository;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.UserInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * JSch's host key check, made strict: reads the known_hosts file on every check, asks the
 * {@link HostKeyDecider} about an unknown key and appends it when trusted, and refuses a changed key
 * (also a key of a new type when another type is already known for the host). It remembers why it
 * refused so the connector can throw a {@link HostKeyException} with both fingerprints.
 */
final class KnownHostsVerifier implements HostKeyRepository {

    private final Path file;
    private final HostKeyDecider decider;
    private volatile HostKeyException rejection;

    KnownHostsVerifier(Path file, HostKeyDecider decider) {
        this.file = file;
        this.decider = decider;
    }

    /** Why the last check refused the key; null if it did not. */
    HostKeyException rejection() {
        return rejection;
    }

    @Override
    public synchronized int check(String host, byte[] key) {
        rejection = null;
        HostKeyRepository known = load();
        String type = HostKeyFingerprint.keyType(key);
        String fingerprint = HostKeyFingerprint.sha256(key);
        int result = known.check(host, key);
        if (result == OK) {
            return OK;
        }
        List<String> knownPrints = fingerprints(known, host);
        if (result == CHANGED || !knownPrints.isEmpty()) {
            rejection = new ChangedHostKeyException(host, type, fingerprint, knownPrints, file.toString());
            return CHANGED;
        }
        if (!askDecider(host, type, fingerprint)) {
            rejection = new UnknownHostKeyException(host, type, fingerprint, file.toString());
            return NOT_INCLUDED;
        }
        try {
            KnownHostsFile.append(file, host + " " + type + " " + Base64.getEncoder().encodeToString(key));
            return OK;
        } catch (java.io.IOException e) {
            rejection = new HostKeyException("Could not save the trusted host key for " + host + " to " + file
                    + ": " + e.getMessage());
            return NOT_INCLUDED;
        }
    }

    private boolean askDecider(String host, String type, String fingerprint) {
        try {
            return decider.trust(host, type, fingerprint);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private List<String> fingerprints(HostKeyRepository known, String host) {
        List<String> prints = new ArrayList<>();
        for (HostKey key : keysFor(known, host)) {
            byte[] blob = Base64.getDecoder().decode(key.getKey());
            prints.add(key.getType() + " " + HostKeyFingerprint.sha256(blob));
        }
        return prints;
    }

    private static HostKey[] keysFor(HostKeyRepository known, String host) {
        HostKey[] keys = known.getHostKey(host, null);
        if ((keys == null || keys.length == 0) && host.startsWith("[") && host.indexOf("]:") > 1) {
            keys = known.getHostKey(host.substring(1, host.indexOf("]:")), null);
        }
        return keys == null ? new HostKey[0] : keys;
    }

    private HostKeyRepository load() {
        JSch reader = new JSch();
        try {
            if (Files.isRegularFile(file)) {
                reader.setKnownHosts(file.toString());
            }
        } catch (JSchException e) {
            // an unreadable file knows no keys: every key is then unknown, which is refused unless trusted
        }
        return reader.getHostKeyRepository();
    }

    @Override
    public void add(HostKey hostkey, UserInfo ui) {
        // JSch calls this only for StrictHostKeyChecking=no/ask, which this package never sets
    }

    @Override
    public void remove(String host, String type) {
    }

    @Override
    public void remove(String host, String type, byte[] key) {
    }

    @Override
    public String getKnownHostsRepositoryID() {
        return file.toString();
    }

    @Override
    public HostKey[] getHostKey() {
        return load().getHostKey();
    }

    @Override
    public HostKey[] getHostKey(String host, String type) {
        return load().getHostKey(host, type);
    }
}
