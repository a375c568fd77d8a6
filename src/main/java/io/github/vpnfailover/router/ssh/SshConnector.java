package io.github.vpnfailover.router.ssh;

import io.github.vpnfailover.router.RemoteShell;
import io.github.vpnfailover.router.ShellException;

/** Opens an SSH-backed {@link RemoteShell}. */
public final class SshConnector {

    private SshConnector() {
    }

    /** Connects (checking the host key) and returns a shell that reuses one session for every command. */
    public static RemoteShell connect(SshTarget target) throws ShellException {
        throw new ShellException("SSH is not implemented yet");
    }
}
