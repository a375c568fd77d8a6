package io.github.vpnfailover.store;

import java.nio.file.Path;

/**
 * A key path as the operator types it in a profile or settings.json: a leading {@code ~} or {@code ~/} is their home,
 * as their shell and ssh read it. {@code ~other} (another user's home) is left as typed; Java has no portable lookup.
 */
public final class HomePath {

    private HomePath() {
    }

    /** {@code value} with a leading {@code ~} replaced by {@code home}; throws InvalidPathException as Path.of does. */
    public static Path of(String value, Path home) {
        if (value.equals("~")) {
            return home;
        }
        if (value.startsWith("~/")) {
            return home.resolve(value.substring(2));
        }
        return Path.of(value);
    }

    /** The same against this process's user.home. */
    public static Path of(String value) {
        return of(value, Path.of(System.getProperty("user.home")));
    }
}
