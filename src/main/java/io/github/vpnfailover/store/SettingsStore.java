package io.github.vpnfailover.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vpnfailover.core.PolicyValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Reads and writes settings.json atomically and owner-only. A corrupt file is moved aside to
 * {@code <name>.corrupt-<time>} and reported; a file from a newer version is reported and never overwritten.
 */
public final class SettingsStore {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path file;
    private final Clock clock;
    private final ObjectMapper json = Json.mapper();

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
        String problem;
        try {
            JsonNode tree = json.readTree(bytes);
            if (tree == null || !tree.isObject()) {
                problem = "not a JSON object";
            } else {
                int version = tree.path("version").asInt(0);
                if (version > Settings.CURRENT_VERSION) {
                    return new SettingsLoad(Settings.defaults(), SettingsLoad.Status.TOO_NEW, file + " has version " + version
                            + ", newer than this app understands (" + Settings.CURRENT_VERSION + "); it is left untouched", null);
                }
                Settings s = json.treeToValue(tree, Settings.class);
                PolicyValidator.validate(s.policy());
                return new SettingsLoad(s, SettingsLoad.Status.OK, null, null);
            }
        } catch (JsonProcessingException e) {
            problem = e.getOriginalMessage();
        } catch (IOException e) {
            problem = e.getMessage();
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
        }
        Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + STAMP.format(clock.instant()));
        try {
            Files.move(file, aside);
        } catch (IOException e) {
            throw new StoreException(file + " is corrupt (" + problem + ") and could not be moved aside: " + e.getMessage(), e);
        }
        return new SettingsLoad(Settings.defaults(), SettingsLoad.Status.CORRUPT,
                file + " was corrupt (" + problem + "); kept as " + aside, aside);
    }

    /** Writes {@code s} atomically; refuses when the file on disk is from a newer version. */
    public void save(Settings s) throws StoreException {
        PolicyValidator.validate(s.policy());
        int onDisk = versionOnDisk();
        if (onDisk > Settings.CURRENT_VERSION) {
            throw new SettingsTooNewException(file + " has version " + onDisk + " from a newer app; not overwriting it");
        }
        try {
            Settings out = new Settings(Settings.CURRENT_VERSION, s.policy(), s.routers(), s.selectedRouter());
            SecureFiles.writeAtomically(file, json.writeValueAsBytes(out));
        } catch (IOException e) {
            throw new StoreException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private int versionOnDisk() {
        try {
            return json.readTree(file.toFile()).path("version").asInt(0);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
