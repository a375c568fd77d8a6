package io.github.vpnfailover.router.ssh;

import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.JSchException;
import java.util.ArrayList;
import java.util.List;

/**
 * The known_hosts entries JSch gets to verify a host certificate (decision 0160): the {@code @cert-authority} and
 * {@code @revoked} entries that match the host by OpenSSH's rules, as JSch {@link HostKey}s named by the literal
 * names JSch looks up, so its own pattern matching can neither widen nor narrow them. As in OpenSSH ("checking
 * without port identifier"), off port 22 a host with no CA for {@code [host]:port} takes the CAs of the plain name.
 */
final class CertificateEntries {

    private final List<KnownHostsEntry> offered;
    private final List<HostKey> usable = new ArrayList<>();
    private final List<KnownHostsEntry> unusable = new ArrayList<>();

    CertificateEntries(KnownHosts known, String host, int port) {
        List<KnownHostsEntry> entries = new ArrayList<>(marked(known.matching(host, port)));
        if (port != 22 && entries.stream().noneMatch(e -> e.marker() == KnownHostsEntry.Marker.CERT_AUTHORITY)) {
            entries.addAll(marked(known.matching(host, 22)));
        }
        offered = List.copyOf(entries);
        String names = HostPatterns.lookupName(host, port) + "," + host;
        for (KnownHostsEntry e : offered) {
            String marker = e.marker() == KnownHostsEntry.Marker.REVOKED ? "@revoked" : "@cert-authority";
            try {
                usable.add(new HostKey(marker, names, HostKey.GUESS, e.key(), null));
            } catch (JSchException ex) {
                // a CA of a type JSch cannot verify with: a certificate it signed is refused, never taken as a plain key
                unusable.add(e);
            }
        }
    }

    HostKey[] forJsch() {
        return usable.toArray(new HostKey[0]);
    }

    /** The {@code @revoked} entries handed to JSch: one of them refused the certificate or its CA. */
    List<KnownHostsEntry> revoked() {
        return offered.stream().filter(e -> e.marker() == KnownHostsEntry.Marker.REVOKED).toList();
    }

    /** {@code @cert-authority} entries for this host whose key type JSch cannot verify a signature with. */
    List<KnownHostsEntry> unusableAuthorities() {
        return unusable.stream().filter(e -> e.marker() == KnownHostsEntry.Marker.CERT_AUTHORITY).toList();
    }

    private static List<KnownHostsEntry> marked(List<KnownHostsEntry> entries) {
        return entries.stream().filter(e -> e.marker() != KnownHostsEntry.Marker.NONE).toList();
    }
}
