package io.github.vpnfailover.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.core.PolicyValidator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reads a policy for {@code run --config}: the app's policy JSON (any subset of fields over the defaults),
 * a whole settings.json, or the old manager's config.json as it is.
 */
public final class PolicyFile {

    private final ObjectMapper json = Json.mapper();

    /** Reads {@code file} over {@code base}; the result is validated. */
    public Policy read(Path file, Policy base) throws StoreException {
        byte[] bytes;
        try {
            bytes = java.nio.file.Files.readAllBytes(file);
        } catch (IOException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return read(bytes, file.toString(), base);
    }

    /**
     * Reads a policy from {@code bytes} ({@code file} names the source in messages). Bad input is a
     * {@link StoreException} or, for a value out of range, an {@link io.github.vpnfailover.core.InvalidPolicyException}.
     */
    public Policy read(byte[] bytes, String file, Policy base) throws StoreException {
        JsonNode tree;
        try {
            tree = json.readTree(bytes);
        } catch (IOException e) {
            throw new StoreException("cannot read " + file + ": " + SettingsReader.abbreviate(e.getMessage()), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new StoreException(file + ": not a JSON object");
        }
        if (tree.has("delay")) {
            return PolicyValidator.validate(LegacyFormats.toPolicy(new LegacyFormats().configFrom(tree, file), base));
        }
        JsonNode policy = tree.has("policy") && tree.get("policy").isObject() ? tree.get("policy") : tree;
        ObjectNode merged = json.valueToTree(base);
        List<String> unknown = new ArrayList<>();
        merge(merged, policy, "", unknown);
        if (!unknown.isEmpty()) {
            throw new StoreException(file + ": unknown field(s) " + SettingsReader.abbreviate(unknown.toString()));
        }
        try {
            return PolicyValidator.validate(json.treeToValue(merged, Policy.class));
        } catch (JsonProcessingException e) {
            throw new StoreException(file + ": " + SettingsReader.abbreviate(SettingsReader.describe(e)), e);
        } catch (IOException e) {
            throw new StoreException(file + ": " + SettingsReader.abbreviate(e.getMessage()), e);
        }
    }

    private static void merge(ObjectNode into, JsonNode over, String prefix, List<String> unknown) {
        for (Iterator<String> it = over.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (f.equals("version") && prefix.isEmpty()) {
                continue;
            }
            if (!into.has(f)) {
                unknown.add(prefix + f);
            } else if (into.get(f) instanceof ObjectNode child && over.get(f).isObject()) {
                merge(child, over.get(f), prefix + f + ".", unknown);
            } else {
                into.set(f, over.get(f));
            }
        }
    }
}
