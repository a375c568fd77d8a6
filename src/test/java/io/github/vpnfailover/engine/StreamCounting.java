package io.github.vpnfailover.engine;

import io.github.vpnfailover.router.CommandResult;
import io.github.vpnfailover.router.RemoteShell;
import io.github.vpnfailover.router.ShellException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/** Counts the bytes of streamed output (what the liveness streams cost on the SSH link), for the benchmarks. */
final class StreamCounting implements RemoteShell {
    final AtomicLong bytes = new AtomicLong();
    private final RemoteShell inner;

    StreamCounting(RemoteShell inner) {
        this.inner = inner;
    }

    @Override
    public CommandResult run(String command, Duration timeout) throws ShellException {
        return inner.run(command, timeout);
    }

    @Override
    public LineStream stream(String command, Consumer<String> onLine) throws ShellException {
        return inner.stream(command, l -> {
            bytes.addAndGet(l.getBytes(StandardCharsets.UTF_8).length + 1);
            onLine.accept(l);
        });
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
