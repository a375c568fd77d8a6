package io.github.vpnfailover.router.ssh;

import java.util.ArrayList;
import java.util.List;

/**
 * The entries of one known_hosts file and OpenSSH's decision on a presented key (hostfile.c
 * sshconnect.c check_host_key): a matching {@code @revoked} entry refuses the key; otherwise an equal plain key
 * is OK, any other plain key for the name (of whatever type) makes it CHANGED, and none is NEW. Off port 22 a
 * NEW name is looked up once more without the port, where only an equal or a revoked key counts. {@code @cert-authority}
 * entries never vouch for a plain key.
 */
final class KnownHosts {

    /** What the file says about a presented key. */
    enum Kind { OK, REVOKED, CHANGED, NEW }

    /** The decision, the lines that led to it (for messages) and the name that was looked up. */
    record Verdict(Kind kind, String lookupName, List<KnownHostsEntry> evidence) { }

    private final List<KnownHostsEntry> entries;

    KnownHosts(List<KnownHostsEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    List<KnownHostsEntry> entries() {
        return entries;
    }

    /** Entries whose host field matches {@code host}:{@code port} (negations applied), in file order. */
    List<KnownHostsEntry> matching(String host, int port) {
        String name = HostPatterns.lookupName(host, port);
        List<KnownHostsEntry> out = new ArrayList<>();
        for (KnownHostsEntry e : entries) {
            if (HostPatterns.matchField(name, e.hosts()) == HostPatterns.Match.YES) {
                out.add(e);
            }
        }
        return out;
    }

    Verdict check(String host, int port, byte[] presented) {
        Verdict verdict = checkName(host, port, presented);
        if (verdict.kind() == Kind.NEW && port != 22) {
            // OpenSSH then retries without the port: a plain entry with this very key is good enough, and a
            // plain @revoked entry refuses it (OpenSSH only warns and would still accept it as new)
            Verdict plain = checkName(host, 22, presented);
            if (plain.kind() == Kind.OK || plain.kind() == Kind.REVOKED) {
                return plain;
            }
        }
        return verdict;
    }

    private Verdict checkName(String host, int port, byte[] presented) {
        String name = HostPatterns.lookupName(host, port);
        List<KnownHostsEntry> candidates = matching(host, port);
        for (KnownHostsEntry e : candidates) {
            if (e.marker() == KnownHostsEntry.Marker.REVOKED && e.sameKey(presented)) {
                return new Verdict(Kind.REVOKED, name, List.of(e));
            }
        }
        List<KnownHostsEntry> plain = candidates.stream()
                .filter(e -> e.marker() == KnownHostsEntry.Marker.NONE).toList();
        for (KnownHostsEntry e : plain) {
            if (e.sameKey(presented)) {
                return new Verdict(Kind.OK, name, List.of(e));
            }
        }
        // a known key of any type that differs is a change: OpenSSH names it the "offending" key
        return new Verdict(plain.isEmpty() ? Kind.NEW : Kind.CHANGED, name, plain);
    }

    /** True when the file's entries are hashed, so a new entry should be hashed too (HashKnownHosts). */
    boolean hashesNames() {
        return entries.stream().anyMatch(KnownHostsEntry::hashed);
    }
}
