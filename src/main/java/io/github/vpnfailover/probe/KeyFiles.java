package io.github.vpnfailover.probe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;

/** Reads OpenVPN key files from disk with errors that say which file and why. */
public final class KeyFiles {
    /** Key files are a few hundred bytes; anything far larger is not one. */
    private static final long MAX_SIZE = 64 * 1024;

    private KeyFiles() {
    }

    /** Reads a static key (tls-auth / tls-crypt). */
    public static StaticKey staticKey(Path file) throws KeyFileException {
        return StaticKey.parse(read(file), file.toString());
    }

    /** Reads a tls-crypt-v2 client key. */
    public static TlsCryptV2ClientKey tlsCryptV2ClientKey(Path file) throws KeyFileException {
        return TlsCryptV2ClientKey.parse(read(file), file.toString());
    }

    private static String read(Path file) throws KeyFileException {
        try {
            if (Files.isDirectory(file)) {
                throw new KeyFileException(file + ": is a directory, not a key file");
            }
            if (Files.size(file) > MAX_SIZE) {
                throw new KeyFileException(file + ": " + Files.size(file) + " bytes is too large for a key file");
            }
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (NoSuchFileException e) {
            throw new KeyFileException(file + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new KeyFileException(file + ": permission denied", e);
        } catch (IOException e) {
            throw new KeyFileException(file + ": cannot read: " + e.getMessage(), e);
        }
    }
}
