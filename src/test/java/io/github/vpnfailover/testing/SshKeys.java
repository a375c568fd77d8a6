package io.github.vpnfailover.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Generates OpenSSH-format key pairs with the real ssh-keygen, as a user would have them. */
public final class SshKeys {

    private SshKeys() {
    }

    /** Writes {@code dir/name} and {@code dir/name.pub}; {@code type} is ed25519, rsa or ecdsa. */
    public static Path generate(Path dir, String name, String type, String passphrase) throws IOException {
        Path key = dir.resolve(name);
        List<String> command = type.equals("rsa")
                ? List.of("ssh-keygen", "-q", "-t", "rsa", "-b", "2048", "-N", passphrase, "-C", name, "-f", key.toString())
                : List.of("ssh-keygen", "-q", "-t", type, "-N", passphrase, "-C", name, "-f", key.toString());
        run(command);
        return key;
    }

    /** The public key line ("ssh-ed25519 AAAA... comment"). */
    public static String publicLine(Path privateKey) throws IOException {
        return Files.readString(Path.of(privateKey + ".pub"), StandardCharsets.UTF_8).trim();
    }

    /** "SHA256:..." of a public key file, as ssh-keygen -l prints it. */
    public static String fingerprint(Path publicKey) throws IOException {
        return run(List.of("ssh-keygen", "-l", "-E", "sha256", "-f", publicKey.toString())).split("\\s+")[1];
    }

    static String run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + out);
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            process.destroyForcibly();
        }
    }
}
