package io.github.vpnfailover.router.ssh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Appends trusted host keys to a known_hosts file, creating it owner-only (0600, folder 0700). A new entry
 * names the host as OpenSSH looks it up ({@code [host]:port} off port 22), hashed when asked (decision 0130).
 */
final class KnownHostsFile {

    private static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> DIR_MODE = PosixFilePermissions.fromString("rwx------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private KnownHostsFile() {
    }

    /** The line for {@code name} (from {@link HostPatterns#lookupName}), hashed with a fresh salt if asked. */
    static String entryFor(String name, String type, byte[] key, boolean hashed) {
        String host = name;
        if (hashed) {
            byte[] salt = new byte[20];
            RANDOM.nextBytes(salt);
            host = HostPatterns.hash(name, salt);
        }
        return host + " " + type + " " + Base64.getEncoder().encodeToString(key);
    }

    static synchronized void append(Path file, String line) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            Files.createDirectories(parent, PosixFilePermissions.asFileAttribute(DIR_MODE));
            Files.setPosixFilePermissions(parent, DIR_MODE);
        }
        if (!Files.exists(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE_MODE));
            Files.setPosixFilePermissions(file, FILE_MODE);
        }
        String prefix = needsNewline(file) ? "\n" : "";
        Files.writeString(file, prefix + line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private static boolean needsNewline(Path file) throws IOException {
        long size = Files.size(file);
        if (size == 0) {
            return false;
        }
        try (var channel = Files.newByteChannel(file)) {
            channel.position(size - 1);
            var last = java.nio.ByteBuffer.allocate(1);
            channel.read(last);
            return last.get(0) != '\n';
        }
    }
}
