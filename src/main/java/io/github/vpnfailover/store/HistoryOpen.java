package io.github.vpnfailover.store;

import java.nio.file.Path;

/**
 * An opened history and, when the old file was unreadable, where it was kept ({@code movedAside}) and why
 * ({@code problem}); the caller must show that to the user. Both are null after a normal open.
 */
public record HistoryOpen(HistoryStore store, String problem, Path movedAside) {

    public boolean needsAttention() {
        return movedAside != null;
    }
}
