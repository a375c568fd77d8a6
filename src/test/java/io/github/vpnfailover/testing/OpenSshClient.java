package io.github.vpnfailover.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real OpenSSH client as a test oracle: its trust decision for a known_hosts file against a real sshd,
 * and its resolved configuration ({@code ssh -G}).
 */
public final class OpenSshClient {

    /** How ssh ended, read from its exit code and stderr. */
    public enum Answer { CONNECTS, CHANGED, UNKNOWN, REVOKED, OTHER }

    /** Exit code and both streams of one run. */
    public record Run(int exit, String out, String err) { }

    private OpenSshClient() {
    }

    public static boolean available() {
        return java.nio.file.Files.isExecutable(Path.of("/usr/bin/ssh"));
    }

    /**
     * {@code ssh -F /dev/null -o BatchMode=yes -o StrictHostKeyChecking=STRICT -o UserKnownHostsFile=F
     * -o GlobalKnownHostsFile=/dev/null ... true} ({@code strict} "yes" or "accept-new").
     */
    public static Run trust(String host, int port, Path identity, Path knownHosts, String strict, String... extra)
            throws IOException {
        List<String> command = new ArrayList<>(List.of("ssh", "-F", "/dev/null", "-o", "BatchMode=yes",
                "-o", "StrictHostKeyChecking=" + strict, "-o", "UserKnownHostsFile=" + knownHosts,
                "-o", "GlobalKnownHostsFile=/dev/null", "-o", "UpdateHostKeys=no", "-o", "IdentitiesOnly=yes",
                "-o", "ConnectTimeout=10", "-o", "LogLevel=ERROR", "-i", identity.toString(), "-p",
                Integer.toString(port)));
        command.addAll(List.of(extra));
        command.addAll(List.of("root@" + host, "true"));
        return run(command);
    }

    /**
     * {@code ssh -F config -o BatchMode=yes -o StrictHostKeyChecking=STRICT ... alias true}: the trust decision
     * with the known_hosts files (user and global) and identity the config names.
     */
    public static Run trustThroughConfig(Path config, String alias, String strict) throws IOException {
        return run(List.of("ssh", "-F", config.toString(), "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=" + strict,
                "-o", "UpdateHostKeys=no", "-o", "ConnectTimeout=10", "-o", "LogLevel=ERROR", alias, "true"));
    }

    /** Classifies a {@link #trust} run by what ssh printed. */
    public static Answer classify(Run run) {
        if (run.exit() == 0) {
            return Answer.CONNECTS;
        }
        String err = run.err();
        if (err.contains("REVOKED HOST KEY") || err.contains("marked as revoked") || err.contains("revoked by file")) {
            return Answer.REVOKED;
        }
        if (err.contains("REMOTE HOST IDENTIFICATION HAS CHANGED")) {
            return Answer.CHANGED;
        }
        if (err.matches("(?s).*No \\S+ host key is known for.*")) {
            return Answer.UNKNOWN;
        }
        return Answer.OTHER;
    }

    /** {@code ssh -G -F file alias}: the resolved options, one "key value" per line. */
    public static Run resolve(Path config, String alias, String... extra) throws IOException {
        List<String> command = new ArrayList<>(List.of("ssh", "-G", "-F", config.toString()));
        command.addAll(List.of(extra));
        command.add(alias);
        return run(command);
    }

    public static Run run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).start();
        try {
            process.getOutputStream().close();
            var err = java.util.concurrent.CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            String out = read(process.getInputStream());
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                throw new IOException(String.join(" ", command) + " did not end within 60 s");
            }
            return new Run(process.exitValue(), out, err.join());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            process.destroyForcibly();
        }
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
