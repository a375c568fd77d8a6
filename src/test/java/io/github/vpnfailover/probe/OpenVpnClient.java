package io.github.vpnfailover.probe;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A real openvpn 2.6 client run against a test server until its log shows how the server answered our side's
 * hard reset: the oracle for which tls-auth direction a server accepts, independent of our own packet code.
 */
public final class OpenVpnClient {

    /** What the real client saw. */
    public enum Outcome {
        /** "TLS: Initial packet from": the server answered and its HMAC verified with the client's direction. */
        VALID_REPLY,
        /** "packet HMAC authentication failed": the server answered, signed with a key the client does not expect. */
        BAD_HMAC_REPLY,
        /** Nothing within the wait: the server dropped the client's reset. */
        NO_REPLY
    }

    private OpenVpnClient() {
    }

    /**
     * Runs a client to 127.0.0.1:{@code port} with {@code wrappingArgs} (e.g. --tls-auth F --key-direction 1, or
     * none) for at most {@code waitMillis}, kills it by PID and returns what its log showed.
     */
    public static Outcome handshake(TestPki pki, Proto proto, int port, long waitMillis, String... wrappingArgs)
            throws Exception {
        Path log = pki.dir().resolve("client-" + ThreadLocalRandom.current().nextInt(1 << 30) + ".log");
        List<String> cmd = new ArrayList<>(List.of("openvpn", "--tls-client", "--dev", "null",
                "--proto", proto == Proto.UDP ? "udp" : "tcp-client", "--remote", "127.0.0.1", String.valueOf(port),
                "--nobind", "--ca", pki.ca().toString(), "--cert", pki.cert().toString(), "--key", pki.key().toString(),
                "--verb", "3"));
        cmd.addAll(List.of(wrappingArgs));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
            while (System.nanoTime() < deadline) {
                String text = Files.readString(log);
                if (text.contains("TLS: Initial packet from")) {
                    return Outcome.VALID_REPLY;
                }
                if (text.contains("packet HMAC authentication failed")) {
                    return Outcome.BAD_HMAC_REPLY;
                }
                if (!p.isAlive()) {
                    throw new IllegalStateException("openvpn client exited (" + p.exitValue() + "): " + text);
                }
                Thread.sleep(30);
            }
            return Outcome.NO_REPLY;
        } finally {
            p.destroy();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor(5, TimeUnit.SECONDS);
            }
        }
    }
}
