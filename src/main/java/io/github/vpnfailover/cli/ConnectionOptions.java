package io.github.vpnfailover.cli;

import io.github.vpnfailover.router.LocalShell;
import io.github.vpnfailover.router.Privilege;
import io.github.vpnfailover.router.RemoteShell;
import io.github.vpnfailover.router.ShellException;
import io.github.vpnfailover.router.ssh.SshConnector;
import io.github.vpnfailover.router.ssh.SshLinkListener;
import io.github.vpnfailover.router.ssh.SshOptions;
import io.github.vpnfailover.router.ssh.SshTarget;
import io.github.vpnfailover.store.HomePath;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The connection flags every router command takes (a public contract: keep names exact). */
public final class ConnectionOptions {

    @Option(names = "--host", paramLabel = "H", description = "Router host name, address or ~/.ssh/config alias.")
    String host;

    @Option(names = "--port", paramLabel = "P", description = "SSH port (default from ~/.ssh/config, else 22).")
    Integer port;

    @Option(names = "--user", paramLabel = "U", description = "SSH user (default from ~/.ssh/config, else your user name).")
    String user;

    @Option(names = "--identity", paramLabel = "FILE", description = "Private key file (ed25519, RSA, ECDSA).")
    Path identity;

    @Option(names = "--known-hosts", paramLabel = "FILE", description = "known_hosts file (default ~/.ssh/known_hosts).")
    Path knownHosts;

    @Option(names = "--accept-new-host-key", description = "Trust and save an unknown host key. A changed key is always refused.")
    boolean acceptNewHostKey;

    @Option(names = "--ask-password", description = "Ask for the SSH password on the terminal (it is never stored).")
    boolean askPassword;

    @Option(names = "--sudo", description = "Change routes with 'sudo -n ip route replace ...' (a non-root router user; "
            + "see docs/least-privilege.md for the one sudoers line it needs).")
    boolean sudo;

    @Option(names = "--local", description = "Run on this computer instead of a router (the default without --host).")
    boolean local;

    /**
     * Fills these flags from a saved profile (run --profile, decision 0210): its host, port, user, key and sudo; the
     * app's own known_hosts unless --known-hosts is given. A flag given as well contradicts the profile and is refused.
     */
    void applyProfile(io.github.vpnfailover.store.RouterProfile p, Path appKnownHosts) {
        if (host != null || local) {
            throw new IllegalArgumentException("--profile and --host/--local exclude each other: the profile says where the router is");
        }
        host = p.host();
        local = p.isLocal();
        port = port != null ? port : p.port();
        user = user != null ? user : p.user();
        identity = identity != null ? identity : p.identity() == null ? null : HomePath.of(p.identity());
        knownHosts = knownHosts != null ? knownHosts : appKnownHosts;
        sudo = sudo || p.usesSudo();
    }

    /** How route changes run: through sudo with {@code --sudo}, else as the login user. */
    public Privilege privilege() {
        return sudo ? Privilege.SUDO : Privilege.DIRECT;
    }

    /** Opens the shell these flags describe; throws IllegalArgumentException for contradictory flags. */
    public RemoteShell open() throws ShellException {
        return open(SshLinkListener.none());
    }

    /** As {@link #open()}, telling {@code listener} about every state of the SSH link (drops, reconnect attempts). */
    public RemoteShell open(SshLinkListener listener) throws ShellException {
        if (local && host != null) {
            throw new IllegalArgumentException("--local and --host exclude each other: give one");
        }
        if (host == null) {
            return new LocalShell();
        }
        return SshConnector.open(target(), SshOptions.defaults().withListener(listener));
    }

    /** The SSH target for {@code --host}; null when running locally. */
    public SshTarget target() {
        if (host == null) {
            return null;
        }
        char[] password = askPassword ? readPassword() : null;
        return new SshTarget(host, port, user, identity, knownHosts, acceptNewHostKey, password);
    }

    private static char[] readPassword() {
        if (System.console() == null) {
            throw new IllegalArgumentException("--ask-password needs a terminal");
        }
        return System.console().readPassword("SSH password: ");
    }
}
