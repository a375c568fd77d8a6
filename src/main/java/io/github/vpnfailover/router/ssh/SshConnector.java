package io.github.vpnfailover.router.ssh;

import io.github.vpnfailover.router.RemoteShell;
import io.github.vpnfailover.router.ShellException;
import java.util.Arrays;

/**
 * Opens an SSH-backed {@link RemoteShell}: validates the target, applies ~/.ssh/config, checks the host
 * key, logs in, and returns a shell that reuses that one session for every command.
 */
public final class SshConnector {

    private SshConnector() {
    }

    /**
     * Connects (checking the host key) and returns a shell that reuses one session for every command.
     * An unknown host key is saved when {@code target.acceptNewHostKey()}, otherwise refused.
     */
    public static RemoteShell connect(SshTarget target) throws ShellException {
        return open(target, SshOptions.defaults());
    }

    /** As {@link #connect(SshTarget)}, but an unknown host key is put to {@code decider} (the UI's trust dialog). */
    public static RemoteShell connect(SshTarget target, HostKeyDecider decider) throws ShellException {
        return open(target, SshOptions.defaults().withHostKeyDecider(decider));
    }

    /**
     * The full form: every path, timeout, backoff and listener from {@code options}. Throws
     * {@link InvalidTargetException} for a bad host/user/port, {@link HostKeyException} for a refused
     * host key, {@link SshAuthException} for a refused login, {@link SshConnectionException} otherwise.
     * The target's password array is wiped here; the shell keeps a private copy for reconnects until closed.
     */
    public static SshShell open(SshTarget target, SshOptions options) throws ShellException {
        ResolvedTarget resolved = new SshConfigResolver(options).resolve(target);
        HostKeyDecider decider = options.hostKeyDecider() != null ? options.hostKeyDecider()
                : target.acceptNewHostKey() ? HostKeyDecider.accept() : HostKeyDecider.refuse();
        char[] secret = target.password() == null ? null : Arrays.copyOf(target.password(), target.password().length);
        if (target.password() != null) {
            Arrays.fill(target.password(), '\0');
        }
        var factory = new SessionFactory(resolved, options, decider, secret);
        var keeper = new SessionKeeper(factory, options.reconnect(), options.listener(),
                duration -> Thread.sleep(duration.toMillis()));
        try {
            keeper.connectFirst();
        } catch (ShellException | RuntimeException e) {
            factory.forget();
            throw e;
        }
        return new SshShell(keeper, resolved.describe(), options.connectTimeout());
    }
}
