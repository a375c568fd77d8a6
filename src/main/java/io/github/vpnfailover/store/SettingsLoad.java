package io.github.vpnfailover.store;

import java.nio.file.Path;

/**
 * The outcome of reading settings.json. When {@code status} is CORRUPT the file was moved to {@code movedAside}
 * and {@code settings} are defaults that the caller must show as such; when TOO_NEW the file is left alone
 * and saving is refused.
 */
public record SettingsLoad(Settings settings, Status status, String detail, Path movedAside) {

    /** How the file was found. */
    public enum Status { OK, MISSING, CORRUPT, TOO_NEW }

    public boolean needsAttention() {
        return status == Status.CORRUPT || status == Status.TOO_NEW;
    }

    /**
     * These settings, with auto-failover off when they are defaults standing in for a file that is missing,
     * unreadable or too new: nobody has chosen yet to let the app move routes (decisions 0065 and 0102).
     */
    public SettingsLoad firstRunSafe() {
        if (status == Status.OK) {
            return this;
        }
        return new SettingsLoad(settings.withPolicy(settings.policy().withAutoFailover(false)), status, detail, movedAside);
    }
}
