package io.github.vpnfailover.cli;

import io.github.vpnfailover.router.RemoteShell;
import io.github.vpnfailover.router.ShellException;

/** Opens the shell a router command talks to; tests hand in one that runs inside a namespace. */
@FunctionalInterface
public interface ShellFactory {

    RemoteShell open(ConnectionOptions options) throws ShellException;

    /** The real one: SSH for --host, this computer for --local. */
    static ShellFactory standard() {
        return ConnectionOptions::open;
    }
}
