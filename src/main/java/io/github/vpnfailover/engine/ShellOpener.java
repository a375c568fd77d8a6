package io.github.vpnfailover.engine;

import io.github.vpnfailover.router.RemoteShell;
import io.github.vpnfailover.router.ShellException;
import io.github.vpnfailover.router.ssh.SshLinkListener;

/** Opens the router's shell (SSH or this computer), telling {@code link} about every state of an SSH link. */
@FunctionalInterface
public interface ShellOpener {

    RemoteShell open(SshLinkListener link) throws ShellException;
}
