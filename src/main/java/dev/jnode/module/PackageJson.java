package dev.jnode.module;

import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fields of one package.json that module loading reads; {@code exports} and {@code imports} are null when
 * absent or JSON {@code null}, as Node treats both alike.
 */
public record PackageJson(Path path, String name, String main, String type, JsonNode exports, JsonNode imports) {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    /** Parses the text of the package.json at {@code path}; throws ERR_INVALID_PACKAGE_CONFIG unless it is a JSON object. */
    static PackageJson parse(Path path, String text) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (JacksonException e) {
            root = null;
        }
        if (root == null || !root.isObject()) {
            throw ModuleResolutionException.invalidPackageConfig(path.toString(), null, null);
        }
        return new PackageJson(path, string(root, "name"), string(root, "main"), string(root, "type"),
                present(root.get("exports")), present(root.get("imports")));
    }

    /** The directory holding this package.json. */
    public Path dir() {
        return path.getParent();
    }

    /** "module", "commonjs", or "none", as Node reports a package's type. */
    public String moduleType() {
        return "module".equals(type) || "commonjs".equals(type) ? type : "none";
    }

    private static JsonNode present(JsonNode n) {
        return n == null || n.isNull() ? null : n;
    }

    private static String string(JsonNode root, String field) {
        JsonNode n = root.get(field);
        return n != null && n.isString() ? n.asString() : null;
    }
}
