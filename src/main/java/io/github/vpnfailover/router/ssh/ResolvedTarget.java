package io.github.vpnfailover.router.ssh;

import java.nio.file.Path;
import java.util.List;

/**
 * A validated connection target after ~/.ssh/config: the real host, port, user, the key files to try in
 * order, and whether they were named explicitly (then a missing or locked key is an error, not skipped).
 */
record ResolvedTarget(String alias, String host, int port, String user, List<Path> identities,
                      boolean explicitIdentities, Path knownHosts) {

    /** "root@myrouter:22" (the alias the user typed, not the resolved address). */
    String describe() {
        return user + "@" + alias + ":" + port;
    }
}
