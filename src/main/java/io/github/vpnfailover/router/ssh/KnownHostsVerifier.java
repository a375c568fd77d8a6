package io.github.vpnfailover.router.ssh;

import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.HostKeyRepository;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.UserInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * JSch's host key check, made strict and read as OpenSSH reads known_hosts ({@link KnownHostsParser},
 * {@link KnownHosts}): re-reads the file on every check, refuses revoked and changed keys, and asks the
 * {@link HostKeyDecider} only about a host it knows no key for, appending the key when trusted. It
 * remembers why it refused so the connector can throw a {@link HostKeyException} with the fingerprints.
 */
final class KnownHostsVerifier implements HostKeyRepository {

    private final List<Path> files;
    private final Path file;
    private final String host;
    private final int port;
    private final HostKeyDecider decider;
    private final boolean hashByConfig;
    private volatile HostKeyException rejection;

    KnownHostsVerifier(Path file, String host, int port, HostKeyDecider decider, boolean hashByConfig) {
        this(List.of(file), host, port, decider, hashByConfig);
    }

    /**
     * {@code files}: every UserKnownHostsFile, read in order, new keys appended to the first;
     * {@code host}/{@code port}: the address this session connects to (one verifier per hop).
     */
    KnownHostsVerifier(List<Path> files, String host, int port, HostKeyDecider decider, boolean hashByConfig) {
        this.files = List.copyOf(files);
        this.file = files.get(0);
        this.host = host;
        this.port = port;
        this.decider = decider;
        this.hashByConfig = hashByConfig;
    }

    /** Why the last check refused the key; null if it did not. */
    HostKeyException rejection() {
        return rejection;
    }

    @Override
    public synchronized int check(String jschHost, byte[] key) {
        rejection = null;
        KnownHosts known;
        try {
            known = load();
        } catch (IOException e) {
            rejection = new HostKeyException("Cannot read " + e.getMessage()
                    + ". Without it no host key can be checked; connection refused.");
            return NOT_INCLUDED;
        }
        String type = HostKeyFingerprint.keyType(key);
        String fingerprint = HostKeyFingerprint.sha256(key);
        KnownHosts.Verdict verdict = known.check(host, port, key);
        String name = verdict.lookupName();
        switch (verdict.kind()) {
            case OK:
                return OK;
            case REVOKED:
                rejection = new RevokedHostKeyException(name, type, fingerprint, verdict.evidence().get(0).where());
                return CHANGED;
            case CHANGED:
                rejection = new ChangedHostKeyException(name, type, fingerprint, described(verdict.evidence()),
                        file.toString());
                return CHANGED;
            default:
                break;
        }
        if (!askDecider(name, type, fingerprint)) {
            rejection = new UnknownHostKeyException(name, type, fingerprint, file.toString());
            return NOT_INCLUDED;
        }
        try {
            KnownHostsFile.append(file, KnownHostsFile.entryFor(name, type, key, hashByConfig || known.hashesNames()));
            return OK;
        } catch (IOException e) {
            rejection = new HostKeyException("Could not save the trusted host key for " + name + " to " + file
                    + ": " + e.getMessage());
            return NOT_INCLUDED;
        }
    }

    private static List<String> described(List<KnownHostsEntry> entries) {
        return entries.stream().map(e -> e.fingerprint() + " (" + e.where() + ")").toList();
    }

    private boolean askDecider(String name, String type, String fingerprint) {
        try {
            return decider.trust(name, type, fingerprint);
        } catch (RuntimeException e) {
            return false;
        }
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

    /**
     * JSch asks for all keys to verify host certificates ({@code @cert-authority}, {@code @revoked}). Only the
     * entries that match this session's host by OpenSSH's rules are handed out, named by the literal host,
     * so JSch's own pattern matching cannot widen or narrow them.
     */
    @Override
    public HostKey[] getHostKey() {
        return toJsch(matchingEntries(), false);
    }

    /** JSch asks for the known plain keys to prefer their types in key exchange. */
    @Override
    public HostKey[] getHostKey(String jschHost, String type) {
        List<KnownHostsEntry> plain = matchingEntries().stream()
                .filter(e -> e.marker() == KnownHostsEntry.Marker.NONE)
                .filter(e -> type == null || e.keyType().equals(type)).toList();
        return toJsch(plain, true);
    }

    private KnownHosts load() throws IOException {
        List<KnownHostsEntry> all = new ArrayList<>();
        for (Path f : files) {
            try {
                all.addAll(KnownHostsParser.read(f).entries());
            } catch (IOException e) {
                throw new IOException(f + ": " + e.getMessage(), e);
            }
        }
        return new KnownHosts(all);
    }

    private List<KnownHostsEntry> matchingEntries() {
        try {
            return load().matching(host, port);
        } catch (IOException e) {
            return List.of();
        }
    }

    private HostKey[] toJsch(List<KnownHostsEntry> entries, boolean plainOnly) {
        String names = HostPatterns.lookupName(host, port) + "," + (port == 22 ? host : "[" + host + "]:" + port);
        List<HostKey> out = new ArrayList<>();
        for (KnownHostsEntry e : entries) {
            String marker = switch (e.marker()) {
                case REVOKED -> "@revoked";
                case CERT_AUTHORITY -> "@cert-authority";
                default -> "";
            };
            try {
                out.add(new HostKey(plainOnly ? "" : marker, names, HostKey.GUESS, e.key(), null));
            } catch (JSchException ex) {
                // a key type JSch cannot use: it cannot be negotiated or used as a CA, so leaving it out changes nothing
            }
        }
        return out.toArray(new HostKey[0]);
    }
}
