package io.github.vpnfailover.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vpnfailover.core.PolicyValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Reads and writes settings.json atomically and owner-only. A corrupt file is moved aside to
 * {@code <name>.corrupt-<time>} and reported; a file from a newer version is reported and never overwritten.
 */
public final class SettingsStore {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SettingsStore.class);

    private final Path file;
    private final Clock clock;
    private final ObjectMapper json = Json.mapper();
    private final SettingsReader reader = new SettingsReader();

    public SettingsStore(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    public SettingsLoad load() throws StoreException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new SettingsLoad(Settings.defaults(), SettingsLoad.Status.MISSING, file + " does not exist yet", null);
        } catch (IOException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
        SettingsReader.Read read = reader.read(bytes);
        if (read.status() == SettingsLoad.Status.OK) {
            return new SettingsLoad(read.settings(), SettingsLoad.Status.OK, null, null);
        }
        if (read.status() == SettingsLoad.Status.TOO_NEW) {
            return new SettingsLoad(Settings.defaults(), SettingsLoad.Status.TOO_NEW, file + " has " + read.problem()
                    + "; it is left untouched", null);
        }
        Path aside = keepAside(read.problem());
        return new SettingsLoad(Settings.defaults(), SettingsLoad.Status.CORRUPT,
                file + " was corrupt (" + read.problem() + "); kept as " + aside, aside);
    }

    private Path keepAside(String problem) throws StoreException {
        try {
            return KeepAside.move(file, clock);
        } catch (IOException e) {
            throw new StoreException(file + " is corrupt (" + problem + ") and could not be moved aside: " + e.getMessage(), e);
        }
    }

    /** Writes {@code s} atomically; refuses when the file on disk is from a newer version. */
    public void save(Settings s) throws StoreException {
        PolicyValidator.validate(s.policy());
        String profile = ProfileRules.problem(s.routers(), s.policy());
        if (profile != null) {
            throw new StoreException("not saved: " + profile);
        }
        onDiskBeforeSave();
        try {
            Settings out = new Settings(Settings.CURRENT_VERSION, s.policy(), s.routers(), s.selectedRouter());
            SecureFiles.writeAtomically(file, json.writeValueAsBytes(out));
        } catch (IOException e) {
            throw new StoreException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * A newer app's file is never overwritten; a file that became unreadable since it was loaded is kept aside
     * first, so saving never silently replaces something a person may want back.
     */
    private void onDiskBeforeSave() throws StoreException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            throw new StoreException("cannot read " + file + " before saving: " + e.getMessage(), e);
        }
        SettingsReader.Read read = reader.read(bytes);
        if (read.status() == SettingsLoad.Status.TOO_NEW) {
            throw new SettingsTooNewException(file + " has version " + read.version() + " from a newer app; not overwriting it");
        }
        if (read.status() == SettingsLoad.Status.CORRUPT) {
            Path aside = keepAside(read.problem());
            LOG.warn("{} was corrupt ({}); kept as {} before saving", file, read.problem(), aside);
        }
    }
}
