package dev.jnode.module;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The fields of a package.json that module loading reads. */
public record PackageJson(String name, String main, String type, JsonNode exports, JsonNode imports) {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    static final PackageJson NONE = new PackageJson(null, null, null, null, null);

    /** Parses package.json text; null text (no file) gives {@link #NONE}. */
    static PackageJson parse(String text) {
        if (text == null) {
            return NONE;
        }
        JsonNode root = MAPPER.readTree(text);
        return new PackageJson(string(root, "name"), string(root, "main"), string(root, "type"),
                root.get("exports"), root.get("imports"));
    }

    private static String string(JsonNode root, String field) {
        JsonNode n = root.get(field);
        return n != null && n.isString() ? n.asString() : null;
    }
}
