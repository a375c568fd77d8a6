package io.github.vpnfailover.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Brings an older settings.json tree up to the current version before it is read (decision 0210). Version 1 (and a
 * file without a version) had one set of measurement settings in the policy for every router: each profile that has
 * none of its own gets a copy, so every router goes on measuring exactly as it did.
 */
final class SettingsMigration {

    private SettingsMigration() {
    }

    /** {@code tree} as version {@link Settings#CURRENT_VERSION} would hold it; changes the tree in place. */
    static JsonNode upgrade(JsonNode tree, int version) {
        if (version >= 2) {
            return tree;
        }
        JsonNode measure = tree.path("policy").path("measure");
        JsonNode routers = tree.path("routers");
        if (!measure.isObject() || !routers.isArray()) {
            return tree;
        }
        for (JsonNode r : routers) {
            if (r instanceof ObjectNode o && (!o.has("measure") || o.get("measure").isNull())) {
                o.set("measure", measure.deepCopy());
            }
        }
        return tree;
    }
}
