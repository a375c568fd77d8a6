package io.github.vpnfailover.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vpnfailover.core.InvalidPolicyException;
import io.github.vpnfailover.core.PolicyValidator;
import java.io.IOException;

/**
 * Turns the bytes of a settings.json into settings or a typed problem, without touching the disk, so that any
 * input (truncated, hostile, from a newer version) has exactly one of three outcomes and never an exception.
 */
final class SettingsReader {

    /** What the bytes held: {@code settings} only when {@code status} is OK, {@code problem} otherwise. */
    record Read(Settings settings, SettingsLoad.Status status, String problem, int version) { }

    private final ObjectMapper json = Json.mapper();

    Read read(byte[] bytes) {
        try {
            JsonNode tree = json.readTree(bytes);
            if (tree == null || !tree.isObject()) {
                return corrupt("not a JSON object");
            }
            JsonNode v = tree.path("version");
            if (!v.isMissingNode() && !v.canConvertToInt()) {
                return corrupt("'version' is not a whole number: " + abbreviate(v.toString()));
            }
            int version = v.asInt(0);
            if (version > Settings.CURRENT_VERSION) {
                return new Read(null, SettingsLoad.Status.TOO_NEW, "version " + version
                        + ", newer than this app understands (" + Settings.CURRENT_VERSION + ")", version);
            }
            Settings s = json.treeToValue(SettingsMigration.upgrade(tree, version), Settings.class);
            if (s == null) {
                return corrupt("no settings in the file");
            }
            PolicyValidator.validate(s.policy());
            String profile = ProfileRules.problem(s.routers(), s.policy());
            if (profile != null) {
                return corrupt(profile);
            }
            return new Read(s, SettingsLoad.Status.OK, null, version);
        } catch (JsonProcessingException e) {
            return corrupt(describe(e));
        } catch (InvalidPolicyException e) {
            return corrupt("policy." + e.getMessage());
        } catch (IOException e) {
            return corrupt(e.getMessage());
        }
    }

    /** Jackson's message with the path of the value it refused, e.g. "policy.measure.maxBytes: Numeric value … out of range". */
    static String describe(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException m) || m.getPath().isEmpty()) {
            return e.getOriginalMessage();
        }
        var path = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? e.getOriginalMessage() : path + ": " + e.getOriginalMessage();
    }

    private static Read corrupt(String problem) {
        return new Read(null, SettingsLoad.Status.CORRUPT, abbreviate(problem), 0);
    }

    /** A hostile file may carry megabytes in one value; the message shown to a person stays short. */
    static String abbreviate(String s) {
        if (s == null) {
            return "unreadable";
        }
        return s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }
}
