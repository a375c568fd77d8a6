package io.github.vpnfailover.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs python3, the reference for the old manager's file format; a test without it skips naming the package. */
public final class PythonReference {

    private PythonReference() {
    }

    public static void assumeAvailable() {
        boolean ok;
        try {
            Process p = new ProcessBuilder("python3", "-c", "import json, time").redirectErrorStream(true).start();
            ok = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            ok = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ok = false;
        }
        assumeTrue(ok, "python3 is missing: install the Debian package python3 (the reference for MIB.json)");
    }

    /** Runs {@code script} with {@code args} and extra environment; returns stdout, failing on a non-zero exit. */
    public static String run(String script, Map<String, String> env, List<String> args) throws IOException, InterruptedException {
        Path file = Files.createTempFile("vfm-py", ".py");
        try {
            Files.writeString(file, script);
            List<String> cmd = new java.util.ArrayList<>(List.of("python3", file.toString()));
            cmd.addAll(args);
            ProcessBuilder pb = new ProcessBuilder(cmd);
            pb.environment().putAll(env);
            Path err = Files.createTempFile("vfm-py", ".err");
            pb.redirectError(err.toFile());
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("python3 failed: " + Files.readString(err));
            }
            Files.deleteIfExists(err);
            return out;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
