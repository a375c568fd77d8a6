package io.github.vpnfailover.engine;

import io.github.vpnfailover.probe.Digest;
import io.github.vpnfailover.probe.KeyDirection;
import io.github.vpnfailover.probe.KeyFileException;
import io.github.vpnfailover.probe.KeyFiles;
import io.github.vpnfailover.probe.TlsAuthWrapping;
import io.github.vpnfailover.probe.TlsCryptWrapping;
import io.github.vpnfailover.probe.Wrapping;
import io.github.vpnfailover.store.HomePath;
import io.github.vpnfailover.store.OpenVpnServer;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A profile's server entry as the probe's {@link Wrapping}, its key file read by the probe's own reader: what
 * {@link ServerWatch} probes with, and what the settings form's save checks (off the FX thread, decision 0212).
 */
public final class ServerWrapping {

    private ServerWrapping() {
    }

    /** The wrapping the entry names; tls-auth as check-openvpn's (SHA1, key-direction 1 unless the entry says). */
    public static Wrapping of(OpenVpnServer s) throws KeyFileException {
        String w = s.wrapping() == null ? "none" : s.wrapping().toLowerCase(Locale.ROOT);
        if (w.equals("none")) {
            return Wrapping.none();
        }
        if (s.keyFile() == null) {
            throw new IllegalArgumentException(w + " needs a key file");
        }
        Path key;
        try {
            key = HomePath.of(s.keyFile());
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("the key file is not a valid path: " + e.getReason());
        }
        return switch (w) {
            case "tls-auth" -> TlsAuthWrapping.fromKey(KeyFiles.staticKey(key), Digest.SHA1,
                    s.keyDirection() == null ? KeyDirection.ONE : KeyDirection.parse(s.keyDirection()));
            case "tls-crypt" -> TlsCryptWrapping.tlsCrypt(KeyFiles.staticKey(key));
            case "tls-crypt-v2" -> TlsCryptWrapping.tlsCryptV2(KeyFiles.tlsCryptV2ClientKey(key));
            default -> throw new IllegalArgumentException("unknown wrapping '" + w + "' (none, tls-auth, tls-crypt, tls-crypt-v2)");
        };
    }

    /** Why the entry's key cannot be used (missing, unreadable, not a key of its kind), or null. Reads the file. */
    public static String problem(OpenVpnServer s) {
        try {
            of(s);
            return null;
        } catch (KeyFileException | IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
