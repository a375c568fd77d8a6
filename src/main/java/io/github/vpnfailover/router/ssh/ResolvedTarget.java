package io.github.vpnfailover.router.ssh;

import java.nio.file.Path;
import java.util.List;

/**
 * A validated connection target after ~/.ssh/config: the real host, port, user, the key files to try in
 * order, and whether they were named explicitly (then a missing or locked key is an error, not skipped);
 * the user known_hosts files (new keys go to the first) and the global ones (read only, GlobalKnownHostsFile),
 * whether the agent may be used and new entries hashed,
 * the jump hosts to pass through, first hop first (each one resolved the same way), and the RevokedHostKeys
 * file (null: none).
 */
record ResolvedTarget(String alias, String host, int port, String user, List<Path> identities,
                      boolean explicitIdentities, List<Path> knownHostsFiles, List<Path> globalKnownHostsFiles,
                      boolean identitiesOnly,
                      boolean hashKnownHosts, List<ResolvedTarget> jumps, Path revokedHostKeys) {

    ResolvedTarget {
        identities = List.copyOf(identities);
        knownHostsFiles = List.copyOf(knownHostsFiles);
        globalKnownHostsFiles = List.copyOf(globalKnownHostsFiles);
        jumps = List.copyOf(jumps);
    }

    /** "root@myrouter:22" (the alias the user typed, not the resolved address). */
    String describe() {
        return user + "@" + alias + ":" + port;
    }

    /** Every known_hosts file in the order ssh reads them: the user files, then the global ones. */
    List<Path> allKnownHostsFiles() {
        List<Path> all = new java.util.ArrayList<>(knownHostsFiles);
        all.addAll(globalKnownHostsFiles);
        return all;
    }

    /** The file new host keys are written to. */
    Path knownHosts() {
        return knownHostsFiles.get(0);
    }
}
