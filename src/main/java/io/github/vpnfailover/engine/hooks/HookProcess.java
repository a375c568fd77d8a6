package io.github.vpnfailover.engine.hooks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one hook command on this computer with {@code sh -c}: the event's JSON on standard input, the VFM_*
 * variables in its environment, killed with everything it started when its time is up (decision 0191). Standard
 * error goes to a file rather than a pipe, so a child left running in the background can never hold a reader
 * forever; standard output is not kept.
 */
final class HookProcess {

    /** How much of the hook's standard error reaches the log. */
    static final int STDERR_KEPT = 2000;

    private HookProcess() {
    }

    static HookOutcome run(String command, HookKind kind, String json, Map<String, String> env, Duration timeout) {
        long start = System.nanoTime();
        Path err = null;
        Process p = null;
        try {
            err = Files.createTempFile("vpnfailover-hook", ".stderr");
            ProcessBuilder pb = new ProcessBuilder("sh", "-c", command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(err.toFile());
            pb.environment().putAll(env);
            p = pb.start();
            feed(p, json);
            boolean done = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!done) {
                kill(p);
            }
            return new HookOutcome(command, kind, done ? p.exitValue() : null, !done, tail(err), since(start), null);
        } catch (IOException e) {
            return new HookOutcome(command, kind, null, false, "", since(start), e.getMessage());
        } catch (InterruptedException e) {
            kill(p);
            Thread.currentThread().interrupt();
            return new HookOutcome(command, kind, null, false, "", since(start), "interrupted (shutting down)");
        } finally {
            if (err != null) {
                try {
                    Files.deleteIfExists(err);
                } catch (IOException ignored) {
                    // a temp file left behind costs nothing
                }
            }
        }
    }

    private static void feed(Process p, String json) {
        try (OutputStream in = p.getOutputStream()) {
            in.write((json + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException hookDidNotRead) {
            // a hook that exits without reading its input is fine
        }
    }

    // children first: sh -c 'sleep 60' would leave the sleep behind when only sh is killed
    private static void kill(Process p) {
        if (p == null) {
            return;
        }
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        try {
            p.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String tail(Path err) throws IOException {
        String s = new String(Files.readAllBytes(err), StandardCharsets.UTF_8).strip();
        return s.length() <= STDERR_KEPT ? s : "…" + s.substring(s.length() - STDERR_KEPT);
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
