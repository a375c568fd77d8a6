package io.github.vpnfailover.router;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Runs commands on this computer: the embedded default when no router is configured. */
public class LocalShell implements RemoteShell {
    private final ChildProcesses streams = new ChildProcesses();

    @Override
    public CommandResult run(String command, Duration timeout) throws ShellException {
        Process p = start(command, false);
        CompletableFuture<String> out = drain(p.getInputStream(), "local-stdout");
        CompletableFuture<String> err = drain(p.getErrorStream(), "local-stderr");
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                killTree(p);
                throw new CommandTimeoutException("command timed out after " + timeout.toSeconds() + " s on " + describe(), timeout);
            }
            return new CommandResult(p.exitValue(), out.get(5, TimeUnit.SECONDS), err.get(5, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            killTree(p);
            Thread.currentThread().interrupt();
            throw new ShellException("interrupted while running a command on " + describe(), e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            killTree(p);
            throw new ShellException("could not read a command's output on " + describe(), e);
        }
    }

    @Override
    public LineStream stream(String command, Consumer<String> onLine) throws ShellException {
        // stderr joins stdout so a streamed command's errors reach the consumer and never fill a pipe.
        Process p = start(command, true);
        streams.add(p);
        p.onExit().thenRun(() -> streams.forget(p));
        Thread reader = new Thread(() -> {
            try (var r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    onLine.accept(line);
                }
            } catch (IOException e) {
                // The stream closes when the command is stopped: nothing to report.
            }
        }, "local-stream");
        reader.setDaemon(true);
        reader.start();
        return new LineStream() {
            @Override
            public boolean isRunning() {
                return p.isAlive();
            }

            @Override
            public void close() {
                killTree(p);
                streams.forget(p);
            }
        };
    }

    /** The process that runs {@code command}; a subclass may wrap it (tests run it inside a namespace). */
    protected List<String> argv(String command) {
        return List.of("sh", "-c", command);
    }

    /** The directory commands run in; null for this process's own. */
    protected java.io.File workingDirectory() {
        return null;
    }

    private Process start(String command, boolean mergeStderr) throws ShellException {
        try {
            return new ProcessBuilder(argv(command)).directory(workingDirectory()).redirectErrorStream(mergeStderr)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        } catch (IOException e) {
            throw new MissingToolException("sh", describe());
        }
    }

    /** Reads a stream to its end on its own daemon thread: the common pool may have a single thread here. */
    private static CompletableFuture<String> drain(InputStream in, String name) {
        CompletableFuture<String> result = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                result.complete(readAll(in));
            } catch (UncheckedIOException e) {
                result.completeExceptionally(e);
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return result;
    }

    private static void killTree(Process p) {
        ChildProcesses.kill(p);
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String describe() {
        return "this computer";
    }

    @Override
    public void close() {
        streams.close();
    }
}
