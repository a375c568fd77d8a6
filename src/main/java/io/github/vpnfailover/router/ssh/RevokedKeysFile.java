package io.github.vpnfailover.router.ssh;

import io.github.vpnfailover.core.ValueRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * ssh_config's RevokedHostKeys as OpenSSH's sshkey_check_revoked reads it (decision 0208): a KRL (it starts with
 * "SSHKRL\n\0"), asked with {@code ssh-keygen -Q}, the reference's own reader; otherwise a list of public keys,
 * one per line, blank and '#' lines skipped. As in ssh, a file that cannot be read, a list line that is not a key,
 * or a KRL that cannot be checked refuses the connection: a revocation must never be skipped.
 */
final class RevokedKeysFile {

    private static final byte[] KRL_MAGIC = "SSHKRL\n\0".getBytes(StandardCharsets.ISO_8859_1);

    private final Path file;

    RevokedKeysFile(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** One reading of the file: a KRL (only {@code ssh-keygen} reads it), or the list's keys. */
    record Contents(boolean krl, List<KnownHostsEntry> entries) { }

    /**
     * Reads the file once: a KRL, or the list's keys as {@code @revoked} entries for any host (what the
     * host-certificate check hands to JSch). A line that is not a key refuses, as ssh's "invalid format" does.
     */
    Contents read() throws HostKeyException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw unreadable(e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.toString());
        }
        if (bytes.length >= KRL_MAGIC.length && Arrays.equals(bytes, 0, KRL_MAGIC.length, KRL_MAGIC, 0, KRL_MAGIC.length)) {
            return new Contents(true, List.of());
        }
        List<String> lines = new String(bytes, StandardCharsets.ISO_8859_1).lines().toList();
        List<KnownHostsEntry> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            // a known_hosts line for every host, so the key is read by the same rules as known_hosts keys
            String problem = line.split("[ \t]+").length < 2 ? "not a public key"
                    : KnownHostsParser.parse(file, i + 1, "@revoked * " + line, out);
            if (problem != null) {
                throw new HostKeyException("Cannot check the host key against the RevokedHostKeys file " + file + ":"
                        + (i + 1) + ": " + ValueRules.printable(problem) + " (ssh refuses such a file too: invalid"
                        + " format). Connection refused.");
            }
        }
        return new Contents(false, out);
    }

    /** Where {@code contents} revoke the key ("path:line" of the list, or the KRL's path), or null when they do not. */
    String revokedAt(Contents contents, String keyType, byte[] key) throws HostKeyException {
        if (contents.krl()) {
            return krlRevokes(keyType, key) ? file.toString() : null;
        }
        for (KnownHostsEntry e : contents.entries()) {
            if (Arrays.equals(e.key(), key)) {
                return e.where();
            }
        }
        return null;
    }

    /** {@code ssh-keygen -Q -f KRL key.pub}: 0 not revoked, 1 revoked, anything else an error. */
    private boolean krlRevokes(String keyType, byte[] key) throws HostKeyException {
        Path pub = null;
        try {
            pub = Files.createTempFile("vfm-hostkey-", ".pub");
            Files.writeString(pub, keyType + " " + Base64.getEncoder().encodeToString(key) + "\n");
            Process p = new ProcessBuilder("ssh-keygen", "-Q", "-f", file.toString(), pub.toString())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw unreadable("ssh-keygen -Q did not answer within 10 s");
            }
            if (p.exitValue() == 0 || p.exitValue() == 1) {
                return p.exitValue() == 1;
            }
            throw unreadable("ssh-keygen -Q: " + ValueRules.printable(out));
        } catch (IOException e) {
            throw unreadable("it is a KRL, which is checked with ssh-keygen -Q, and that could not run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreadable("interrupted");
        } finally {
            if (pub != null) {
                try {
                    Files.deleteIfExists(pub);
                } catch (IOException e) {
                    // a public key in the temp directory is no secret
                }
            }
        }
    }

    private HostKeyException unreadable(String why) {
        return new HostKeyException("Cannot check the host key against the RevokedHostKeys file " + file + ": " + why
                + ". As ssh does, the connection is refused rather than made without that check.");
    }
}
