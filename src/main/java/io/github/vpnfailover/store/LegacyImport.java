package io.github.vpnfailover.store;

import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.core.PolicyValidator;
import io.github.vpnfailover.core.Sample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Brings the old config.json and MIB.json into the settings and the history together or not at all: both files
 * are read and checked before anything is written; the samples go in one transaction that is committed only
 * after settings.json was saved, and settings.json is put back if that commit fails (decision 0100).
 */
public final class LegacyImport {

    /** What an import did. {@code policy} and {@code settingsNote} are null without a config; {@code mib} without a MIB. */
    public record Result(Policy policy, String settingsNote, MibFile mib, int added, int skipped) { }

    /** Saves settings; the store's own save, replaced in tests to show a failed save leaves no rows. */
    interface SettingsWriter {
        void save(Settings s) throws StoreException;
    }

    private final SettingsStore settings;
    private final SettingsWriter writer;
    private final Path historyFile;
    private final LegacyFormats legacy;
    private final MibReader mibReader;

    public LegacyImport(SettingsStore settings, Path historyFile, LegacyFormats legacy, MibReader mibReader) {
        this(settings, settings::save, historyFile, legacy, mibReader);
    }

    LegacyImport(SettingsStore settings, SettingsWriter writer, Path historyFile, LegacyFormats legacy, MibReader mibReader) {
        this.settings = settings;
        this.writer = writer;
        this.historyFile = historyFile;
        this.legacy = legacy;
        this.mibReader = mibReader;
    }

    /** Imports {@code config} and/or {@code mib} (either may be null) with the history under {@code router}. */
    public Result run(Path config, Path mib, String router) throws StoreException {
        if (config == null && mib == null) {
            throw new StoreException("nothing to import: give a config.json, a MIB.json or both");
        }
        LegacyConfig oldConfig = config == null ? null : legacy.readConfig(config);
        MibFile file = mib == null ? null : mibReader.read(mib);
        try (HistoryStore store = file == null ? null : HistoryStore.open(historyFile)) {
            Settings next = null;
            String note = null;
            byte[] before = null;
            if (oldConfig != null) {
                SettingsLoad load = settings.load();
                if (load.status() == SettingsLoad.Status.TOO_NEW) {
                    throw new StoreException(load.detail() + "; nothing was imported");
                }
                note = load.needsAttention() ? load.detail() : null;
                Settings base = load.firstRunSafe().settings();
                next = base.withPolicy(PolicyValidator.validate(LegacyFormats.toPolicy(oldConfig, base.policy())));
                before = currentBytes();
            }
            if (store == null) {
                writer.save(next);
                return new Result(next.policy(), note, null, 0, 0);
            }
            try (HistoryImport rows = store.beginImport(router)) {
                for (List<Sample> samples : file.tunnels().values()) {
                    rows.add(samples);
                }
                if (next != null) {
                    writer.save(next);
                }
                try {
                    rows.commit();
                } catch (StoreException e) {
                    if (next != null) {
                        putBack(before, e);
                    }
                    throw e;
                }
                return new Result(next == null ? null : next.policy(), note, file, rows.added(), rows.skipped());
            }
        }
    }

    private byte[] currentBytes() throws StoreException {
        try {
            return Files.readAllBytes(settings.file());
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new StoreException("cannot read " + settings.file() + ": " + e.getMessage(), e);
        }
    }

    private void putBack(byte[] before, StoreException cause) {
        try {
            if (before == null) {
                Files.deleteIfExists(settings.file());
            } else {
                SecureFiles.writeAtomically(settings.file(), before);
            }
        } catch (IOException e) {
            cause.addSuppressed(new StoreException(settings.file() + " could not be put back: " + e.getMessage(), e));
        }
    }
}
