package io.github.vpnfailover.store;

import io.github.vpnfailover.core.HomeTilde;
import java.nio.file.Path;

/**
 * A key path as the operator types it in a profile or settings.json, with ssh_config's rule for a leading {@code ~}
 * (HomeTilde). {@code ~other} (another user's home) is left as typed; Java has no portable lookup.
 */
public final class HomePath {

    private HomePath() {
    }

    /** {@code value} with a leading {@code ~} replaced by {@code home} (HomeTilde); throws InvalidPathException as Path.of does. */
    public static Path of(String value, Path home) {
        return Path.of(HomeTilde.expand(value, home.toString()));
    }

    /** The same against this process's user.home. */
    public static Path of(String value) {
        return of(value, Path.of(System.getProperty("user.home")));
    }
}
