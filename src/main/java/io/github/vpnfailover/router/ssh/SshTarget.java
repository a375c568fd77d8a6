package io.github.vpnfailover.router.ssh;

import java.nio.file.Path;

/**
 * Where and how to connect. {@code host} may be a ~/.ssh/config alias. Null fields fall back to
 * ~/.ssh/config, then to defaults (port 22, the local user name, ~/.ssh/known_hosts).
 * The password lives only in memory.
 */
public record SshTarget(
        String host,
        Integer port,
        String user,
        Path identity,
        Path knownHosts,
        boolean acceptNewHostKey,
        char[] password) { }
