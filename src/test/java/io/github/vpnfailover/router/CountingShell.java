package io.github.vpnfailover.router;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Wraps a real shell and records every remote invocation, to show how many round trips an operation takes. */
public final class CountingShell implements RemoteShell {

    private final RemoteShell inner;
    private final String prefix;
    private final List<String> commands = new CopyOnWriteArrayList<>();

    public CountingShell(RemoteShell inner) {
        this(inner, "");
    }

    /** With {@code prefix} put before every command (e.g. a PATH without one tool, to play a router that lacks it). */
    public CountingShell(RemoteShell inner, String prefix) {
        this.inner = inner;
        this.prefix = prefix;
    }

    @Override
    public CommandResult run(String command, Duration timeout) throws ShellException {
        commands.add(command);
        return inner.run(prefix + command, timeout);
    }

    @Override
    public LineStream stream(String command, Consumer<String> onLine) throws ShellException {
        commands.add(command);
        return inner.stream(prefix + command, onLine);
    }

    /** The invocations so far (run and stream). */
    public List<String> commands() {
        return List.copyOf(commands);
    }

    public void reset() {
        commands.clear();
    }

    @Override
    public String describe() {
        return inner.describe();
    }

    @Override
    public void close() {
        inner.close();
    }
}
