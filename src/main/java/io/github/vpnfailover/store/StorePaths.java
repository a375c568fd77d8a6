package io.github.vpnfailover.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where settings and history live: {@code $XDG_CONFIG_HOME/vpnfailover} (else ~/.config/vpnfailover) and
 * {@code $XDG_DATA_HOME/vpnfailover} (else ~/.local/share/vpnfailover); {@code --data-dir} overrides both.
 */
public record StorePaths(Path configDir, Path dataDir) {

    public static final String APP = "vpnfailover";

    /** Resolves from the environment; {@code dataDirOverride} (may be null) puts everything in one folder. */
    public static StorePaths resolve(Path dataDirOverride, Map<String, String> env, Path home) {
        if (dataDirOverride != null) {
            return new StorePaths(dataDirOverride, dataDirOverride);
        }
        return new StorePaths(xdg(env, "XDG_CONFIG_HOME", home.resolve(".config")),
                xdg(env, "XDG_DATA_HOME", home.resolve(".local/share")));
    }

    /** From this process's environment and user.home. */
    public static StorePaths fromEnvironment(Path dataDirOverride) {
        return resolve(dataDirOverride, System.getenv(), Path.of(System.getProperty("user.home")));
    }

    public Path settingsFile() {
        return configDir.resolve("settings.json");
    }

    public Path historyFile() {
        return dataDir.resolve("history.db");
    }

    private static Path xdg(Map<String, String> env, String var, Path fallback) {
        String v = env.get(var);
        // The XDG spec says relative values are invalid and must be ignored.
        Path base = v != null && !v.isBlank() && Path.of(v).isAbsolute() ? Path.of(v) : fallback;
        return base.resolve(APP);
    }
}
