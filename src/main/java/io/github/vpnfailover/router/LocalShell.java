package io.github.vpnfailover.router;

import java.time.Duration;
import java.util.function.Consumer;

/** Runs commands on this computer: the embedded default when no router is configured. */
public final class LocalShell implements RemoteShell {

    @Override
    public CommandResult run(String command, Duration timeout) throws ShellException {
        throw new ShellException("LocalShell is not implemented yet");
    }

    @Override
    public LineStream stream(String command, Consumer<String> onLine) throws ShellException {
        throw new ShellException("LocalShell is not implemented yet");
    }

    @Override
    public String describe() {
        return "this computer";
    }

    @Override
    public void close() {
    }
}
