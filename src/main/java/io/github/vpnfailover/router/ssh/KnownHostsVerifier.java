package io.github.vpnfailover.router.ssh;

import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.HostKeyRepository;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.UserInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JSch's host key check, made strict and read as OpenSSH reads known_hosts ({@link KnownHostsParser},
 * {@link KnownHosts}): re-reads the file on every check, refuses revoked and changed keys, and asks the
 * {@link HostKeyDecider} only about a host it knows no key for, appending the key when trusted. It
 * remembers why it refused so the connector can throw a {@link HostKeyException} with the fingerprints.
 */
final class KnownHostsVerifier implements HostKeyRepository {

    private static final Logger LOG = LoggerFactory.getLogger(KnownHostsVerifier.class);

    private final List<Path> files;
    private final Path file;
    private final String host;
    private final int port;
    private final HostKeyDecider decider;
    private final boolean hashByConfig;
    private final RevokedKeysFile revokedKeys;
    private volatile HostKeyException rejection;
    /** Set when JSch asked for the CAs: the server presented a host certificate (decision 0160). */
    private volatile CertificateEntries certificate;

    KnownHostsVerifier(Path file, String host, int port, HostKeyDecider decider, boolean hashByConfig) {
        this(List.of(file), host, port, decider, hashByConfig, null);
    }

    /**
     * {@code files}: every UserKnownHostsFile then every GlobalKnownHostsFile, read in order, new keys appended
     * to the first;
     * {@code host}/{@code port}: the address this session connects to (one verifier per hop);
     * {@code revokedKeys}: the RevokedHostKeys file, null for none.
     */
    KnownHostsVerifier(List<Path> files, String host, int port, HostKeyDecider decider, boolean hashByConfig,
                       RevokedKeysFile revokedKeys) {
        this.files = List.copyOf(files);
        this.file = files.get(0);
        this.host = host;
        this.port = port;
        this.decider = decider;
        this.hashByConfig = hashByConfig;
        this.revokedKeys = revokedKeys;
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
        CertificateEntries cert = certificate;
        if (revokedKeys != null) {
            // ssh checks the RevokedHostKeys file first, for every key it is shown (sshconnect.c verify_host_key)
            try {
                RevokedKeysFile.Contents revoked = revokedKeys.read();
                if (cert != null && revoked.krl()) {
                    rejection = new HostKeyException(name + " presented a host certificate, and the RevokedHostKeys file "
                            + revokedKeys.file() + " is a KRL, which this program checks plain host keys against only"
                            + " (with ssh-keygen -Q). Connection refused.");
                    return NOT_INCLUDED;
                }
                String at = revokedKeys.revokedAt(revoked, type, key);
                if (at != null) {
                    rejection = RevokedHostKeyException.byRevokedKeysFile(name, type, fingerprint, at);
                    return CHANGED;
                }
            } catch (HostKeyException e) {
                rejection = e;
                return NOT_INCLUDED;
            }
        }
        if (cert != null && verdict.kind() != KnownHosts.Kind.REVOKED) {
            // JSch did not accept the certificate and checks its plain key, as OpenSSH does ("Retry with plain key")
            LOG.warn("The host certificate of {} was not accepted (no CA in known_hosts vouches for it, or it is"
                    + " expired, not yet valid or for another name); checking its plain key as ssh does", name);
            if (verdict.kind() == KnownHosts.Kind.NEW && !cert.unusableAuthorities().isEmpty()) {
                rejection = new HostKeyException(unsupported(name, cert.unusableAuthorities()));
                return NOT_INCLUDED;
            }
        }
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

    /** Why JSch refused the host certificate, when it did so before asking us about a plain key. */
    HostKeyException certificateRejection(String jschMessage, boolean revoked) {
        CertificateEntries cert = certificate;
        String name = HostPatterns.lookupName(host, port);
        if (revoked && cert != null && !cert.revoked().isEmpty()) {
            return RevokedHostKeyException.forCertificate(name, described(cert.revoked()));
        }
        return new HostKeyException("The host certificate of " + name + " was not accepted: " + jschMessage
                + ". Connection refused.");
    }

    private static String unsupported(String name, List<KnownHostsEntry> authorities) {
        return "Host certificates are not supported for a CA of type " + authorities.get(0).keyType() + ": " + name
                + " presented a certificate, and the CA that may vouch for it (" + described(authorities)
                + ") cannot be checked here. Its plain key is not in known_hosts either. Connection refused.";
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
     * JSch asks for all keys only to verify a host certificate ({@code @cert-authority}, {@code @revoked}): it gets
     * the entries that match this host by OpenSSH's rules ({@link CertificateEntries}).
     */
    @Override
    public HostKey[] getHostKey() {
        CertificateEntries entries;
        try {
            RevokedKeysFile.Contents revoked = revokedKeys == null ? null : revokedKeys.read();
            if (revoked != null && revoked.krl()) {
                // a KRL cannot be handed to JSch: no CA is offered, so JSch falls back to the plain key, which
                // check() refuses with the reason; offering the CAs would let JSch accept a revoked certificate
                certificate = new CertificateEntries(new KnownHosts(List.of()), host, port);
                return new HostKey[0];
            }
            List<KnownHostsEntry> all = new ArrayList<>(load().entries());
            if (revoked != null) {
                all.addAll(revoked.entries());
            }
            entries = new CertificateEntries(new KnownHosts(all), host, port);
        } catch (IOException | HostKeyException e) {
            // nothing offered: JSch refuses the certificate and check() says why for its plain key
            entries = new CertificateEntries(new KnownHosts(List.of()), host, port);
        }
        certificate = entries;
        return entries.forJsch();
    }

    /** JSch asks for the known plain keys to prefer their types in key exchange. */
    @Override
    public HostKey[] getHostKey(String jschHost, String type) {
        List<KnownHostsEntry> plain;
        try {
            plain = load().matching(host, port).stream()
                    .filter(e -> e.marker() == KnownHostsEntry.Marker.NONE)
                    .filter(e -> type == null || e.keyType().equals(type)).toList();
        } catch (IOException e) {
            plain = List.of();
        }
        String names = HostPatterns.lookupName(host, port) + "," + host;
        List<HostKey> out = new ArrayList<>();
        for (KnownHostsEntry e : plain) {
            try {
                out.add(new HostKey("", names, HostKey.GUESS, e.key(), null));
            } catch (JSchException ex) {
                // a key type JSch cannot use cannot be negotiated, so leaving it out changes nothing
            }
        }
        return out.toArray(new HostKey[0]);
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
}
