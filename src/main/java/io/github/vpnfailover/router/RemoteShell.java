package io.github.vpnfailover.router;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Runs commands on the router: over SSH ({@code SshShell}) or on this computer ({@code LocalShell}).
 * Commands handed in are already built from validated, quoted tokens; a shell never builds commands itself.
 */
public interface RemoteShell extends AutoCloseable {

    /** Runs one command through {@code sh -c}, waiting at most {@code timeout}. */
    CommandResult run(String command, Duration timeout) throws ShellException;

    /**
     * Starts a long-running command and hands each stdout line to {@code onLine} on a background thread.
     * Closing the returned handle stops the command.
     */
    LineStream stream(String command, Consumer<String> onLine) throws ShellException;

    /** For messages: "root@router:22" or "this computer". */
    String describe();

    @Override
    void close();

    /** A running streamed command. */
    interface LineStream extends AutoCloseable {
        boolean isRunning();

        @Override
        void close();
    }
}
