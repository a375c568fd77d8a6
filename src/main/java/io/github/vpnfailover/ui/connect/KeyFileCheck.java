package io.github.vpnfailover.ui.connect;

import io.github.vpnfailover.core.ValueRules;
import io.github.vpnfailover.engine.ServerWrapping;
import io.github.vpnfailover.store.HomePath;
import io.github.vpnfailover.store.OpenVpnServer;
import io.github.vpnfailover.store.RouterProfile;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * A profile's key files must exist when it is saved, not only fail at Connect: the SSH key, and each OpenVPN server's
 * key, read by the probe's own reader (decision 0212). File I/O: called off the FX thread.
 */
final class KeyFileCheck {

    private KeyFileCheck() {
    }

    /** Why the profile's key file cannot be used, or null (also null for a profile without one). */
    static String problem(RouterProfile p) {
        for (int i = 0; i < p.servers().size(); i++) {
            OpenVpnServer s = p.servers().get(i);
            String why = ServerWrapping.problem(s);
            if (why != null) {
                return "server " + (i + 1) + " (" + ValueRules.printable(s.host()) + ":" + s.port() + "): " + ValueRules.printable(why);
            }
        }
        if (p.identity() == null) {
            return null;
        }
        String shown = ValueRules.printable(p.identity());
        Path key;
        try {
            key = HomePath.of(p.identity());
        } catch (InvalidPathException e) {
            return "the key file " + shown + " is not a valid path";
        }
        if (!Files.isRegularFile(key)) {
            return "the key file " + shown + " does not exist";
        }
        return Files.isReadable(key) ? null : "the key file " + shown + " cannot be read";
    }
}
