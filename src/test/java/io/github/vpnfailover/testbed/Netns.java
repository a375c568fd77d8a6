package io.github.vpnfailover.testbed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Small helpers for the test bed: run argv (never through a host shell) on the host or inside a namespace. */
final class Netns {

    private Netns() {
    }

    /** Runs {@code argv} on the host, failing loudly with its output. */
    static String run(String... argv) throws IOException {
        return run(List.of(argv));
    }

    static String run(List<String> argv) throws IOException {
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", argv) + " failed: " + out.strip());
            }
            return out;
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + argv, e);
        }
    }

    /** Runs {@code argv} inside namespace {@code ns}. */
    static String in(String ns, String... argv) throws IOException {
        List<String> all = new ArrayList<>(List.of("ip", "netns", "exec", ns));
        all.addAll(List.of(argv));
        return run(all);
    }

    /** Starts a long-running {@code argv} in {@code ns}; its output goes to {@code log}. The PID is the program's own. */
    static Process start(String ns, Path log, String... argv) throws IOException {
        List<String> all = new ArrayList<>(List.of("ip", "netns", "exec", ns));
        all.addAll(List.of(argv));
        return new ProcessBuilder(all).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    /** Starts a program in {@code ns} whose first stdout line is a readiness answer; returns that line via the holder. */
    static Process startPiped(String ns, String... argv) throws IOException {
        List<String> all = new ArrayList<>(List.of("ip", "netns", "exec", ns));
        all.addAll(List.of(argv));
        return new ProcessBuilder(all).redirectErrorStream(true).start();
    }

    static String firstLine(Process p, BufferedReader reader, String what) throws IOException {
        String line = reader.readLine();
        if (line == null) {
            throw new IOException(what + " did not start (exit " + exitOf(p) + ")");
        }
        return line.trim();
    }

    static BufferedReader reader(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Waits until {@code log} contains {@code text} (counting only lines after {@code skipLines}). */
    static void awaitLog(Path log, long skipLines, String text, Process p, Duration limit) throws IOException {
        awaitTrue(() -> {
            try {
                return Files.readAllLines(log, StandardCharsets.ISO_8859_1).stream().skip(skipLines).anyMatch(l -> l.contains(text));
            } catch (IOException e) {
                return false;
            }
        }, limit, () -> "'" + text + "' in " + log + (p.isAlive() ? "" : " (process exited " + exitOf(p) + ")"));
    }

    static long lines(Path log) throws IOException {
        return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.ISO_8859_1).size() : 0;
    }

    /** Waits until one ping from namespace {@code ns} out of {@code device} to {@code target} is answered. */
    static void awaitPingThrough(String ns, String device, String target, Duration limit) throws IOException {
        awaitTrue(() -> {
            try {
                in(ns, "ping", "-c", "1", "-W", "1", "-I", device, target);
                return true;
            } catch (IOException e) {
                return false;
            }
        }, limit, () -> "traffic through " + device);
    }

    static void awaitTrue(BooleanSupplier condition, Duration limit, java.util.function.Supplier<String> what) throws IOException {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - end > 0) {
                throw new IOException("timed out after " + limit.toMillis() + " ms waiting for " + what.get());
            }
            sleep(20);
        }
    }

    /** Kills {@code p} and every process it forked, by PID, and waits for it. */
    static void kill(Process p) {
        if (p == null) {
            return;
        }
        List<ProcessHandle> children = p.descendants().toList();
        p.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        try {
            p.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String exitOf(Process p) {
        return p.isAlive() ? "still running" : String.valueOf(p.exitValue());
    }
}
