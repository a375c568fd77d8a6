package io.github.vpnfailover.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Moves an unreadable file out of the way to {@code <name>.corrupt-<UTC time>} (with "-2", "-3", ... if that
 * name is taken), together with its companions (SQLite's "-wal" and "-shm"), so nothing is ever deleted or
 * silently replaced: a person can look at it, or open it with the tool that wrote it.
 */
final class KeepAside {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private KeepAside() {
    }

    /** Returns where {@code file} went; companions {@code file + suffix} move to {@code aside + suffix}. */
    static Path move(Path file, Clock clock, String... companionSuffixes) throws IOException {
        String base = file.getFileName() + ".corrupt-" + STAMP.format(clock.instant());
        Path aside = file.resolveSibling(base);
        for (int n = 2; Files.exists(aside, LinkOption.NOFOLLOW_LINKS); n++) {
            aside = file.resolveSibling(base + "-" + n);
        }
        Files.move(file, aside);
        for (String suffix : companionSuffixes) {
            Path companion = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(companion, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(companion, aside.resolveSibling(aside.getFileName() + suffix));
            }
        }
        return aside;
    }
}
