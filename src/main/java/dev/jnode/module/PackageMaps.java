package dev.jnode.module;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Node's package "exports" and "imports" maps: PACKAGE_EXPORTS_RESOLVE, PACKAGE_IMPORTS_RESOLVE and
 * PACKAGE_TARGET_RESOLVE of the ESM resolution algorithm, shared by the CommonJS and ES module loaders.
 * Results are URL strings: {@code file:} URLs, or {@code node:} URLs when an "imports" target names a builtin.
 * {@code base} in each method is the importing file or package.json, named by error messages ("imported from").
 */
final class PackageMaps {
    /** Resolves a bare specifier that an "imports" target names (PACKAGE_RESOLVE from the package.json). */
    interface BareSpecifiers {
        String packageResolve(String specifier, PackageJson from, Set<String> conditions);
    }

    /** A target that matched but is null: the subpath is deliberately not exported. */
    private static final String EXCLUDED = new String("excluded");
    private static final Pattern URL_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.\\-]*:.+");
    private static final Pattern DOUBLE_SEPARATOR = Pattern.compile("[/\\\\]{2}");

    private final BareSpecifiers bare;
    private final BiConsumer<String, String> deprecations;
    /** package.json path + subpath of each DEP0155 reported: Node reports each once. */
    private final Set<String> trailingSlashReported = new HashSet<>();

    /** {@code deprecations} receives (code, message) of DEP0155 and DEP0166 as resolution meets them. */
    PackageMaps(BareSpecifiers bare, BiConsumer<String, String> deprecations) {
        this.bare = bare;
        this.deprecations = deprecations;
    }

    /** The URL that {@code subpath} ("." or "./x") of {@code pkg} exports under {@code conditions}. */
    String resolveExports(PackageJson pkg, String subpath, String base, Set<String> conditions) {
        Map<String, JsonNode> map = exportsMap(pkg, base);
        JsonNode exact = map.get(subpath);
        if (exact != null && !subpath.contains("*") && !subpath.endsWith("/")) {
            return found(resolveTarget(pkg, exact, "", subpath, base, false, false, conditions), pkg, subpath, base);
        }
        Match m = bestPattern(map, subpath);
        if (m == null) {
            throw notExported(pkg, subpath, base);
        }
        if (subpath.endsWith("/") && trailingSlashReported.add(pkg.path() + "|" + subpath)) {
            deprecations.accept("DEP0155", "Use of deprecated trailing slash pattern mapping \"" + subpath
                    + "\" in the \"exports\" field module resolution of the package at " + pkg.path()
                    + importedFrom(base) + ". Mapping specifiers ending in \"/\" is no longer supported.");
        }
        String r = resolveTarget(pkg, map.get(m.key), m.star, m.key, base, true, false, conditions);
        return found(r, pkg, subpath, base);
    }

    /** The URL that the "#name" specifier maps to in {@code scope} (the importer's package.json, or null). */
    String resolveImports(String name, PackageJson scope, String base, Set<String> conditions) {
        if (name.equals("#") || name.endsWith("/")) {
            throw ModuleResolutionException.invalidModuleSpecifier(name,
                    "is not a valid internal imports specifier name", base);
        }
        if (scope != null && scope.imports() != null && scope.imports().isObject()) {
            Map<String, JsonNode> map = properties(scope.imports());
            JsonNode exact = map.get(name);
            String r = null;
            if (exact != null && !name.contains("*")) {
                r = resolveTarget(scope, exact, "", name, base, false, true, conditions);
            } else {
                Match m = bestPattern(map, name);
                if (m != null) {
                    r = resolveTarget(scope, map.get(m.key), m.star, m.key, base, true, true, conditions);
                }
            }
            if (r != null && r != EXCLUDED) {
                return r;
            }
        }
        throw new ModuleResolutionException("ERR_PACKAGE_IMPORT_NOT_DEFINED", "Package import specifier \"" + name
                + "\" is not defined" + (scope != null ? " in package " + scope.path() : "") + " imported from " + base);
    }

    private record Match(String key, String star) {
    }

    /** The most specific "*" key matching {@code request} (PATTERN_KEY_COMPARE), with what its "*" stands for. */
    private static Match bestPattern(Map<String, JsonNode> map, String request) {
        String best = "";
        String star = null;
        for (String key : map.keySet()) {
            int i = key.indexOf('*');
            if (i < 0 || !request.startsWith(key.substring(0, i))) {
                continue;
            }
            String trailer = key.substring(i + 1);
            if (request.length() >= key.length() && request.endsWith(trailer) && patternKeyCompare(best, key) == 1
                    && key.lastIndexOf('*') == i) {
                best = key;
                star = request.substring(i, request.length() - trailer.length());
            }
        }
        return star == null ? null : new Match(best, star);
    }

    /** Orders pattern keys by specificity: the longer prefix before "*" first, then the longer key. */
    static int patternKeyCompare(String a, String b) {
        int ia = a.indexOf('*');
        int ib = b.indexOf('*');
        int baseA = ia < 0 ? a.length() : ia + 1;
        int baseB = ib < 0 ? b.length() : ib + 1;
        if (baseA != baseB) {
            return baseA > baseB ? -1 : 1;
        }
        if (a.length() != b.length()) {
            return a.length() > b.length() ? -1 : 1;
        }
        return 0;
    }

    private Map<String, JsonNode> exportsMap(PackageJson pkg, String base) {
        JsonNode exports = pkg.exports();
        if (exports.isString() || exports.isArray()) {
            return Map.of(".", exports);
        }
        if (!exports.isObject()) {
            return Map.of();
        }
        Map<String, JsonNode> map = properties(exports);
        Boolean conditional = null;
        for (String key : map.keySet()) {
            boolean isCondition = key.isEmpty() || key.charAt(0) != '.';
            if (conditional == null) {
                conditional = isCondition;
            } else if (conditional != isCondition) {
                throw ModuleResolutionException.invalidPackageConfig(pkg.path().toString(), base,
                        "\"exports\" cannot contain some keys starting with '.' and some not. The exports object must"
                                + " either be an object of package subpath keys or an object of main entry condition"
                                + " name keys only.");
            }
        }
        return Boolean.TRUE.equals(conditional) ? Map.of(".", exports) : map;
    }

    private static Map<String, JsonNode> properties(JsonNode object) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            map.put(e.getKey(), e.getValue());
        }
        return map;
    }

    private static String found(String resolved, PackageJson pkg, String subpath, String base) {
        if (resolved == null || resolved == EXCLUDED) {
            throw notExported(pkg, subpath, base);
        }
        return resolved;
    }

    /** A URL, {@link #EXCLUDED} for a null target, or null when no condition matched. */
    private String resolveTarget(PackageJson pkg, JsonNode target, String star, String key, String base,
            boolean pattern, boolean internal, Set<String> conditions) {
        if (target.isString()) {
            return resolveTargetString(pkg, target.asString(), star, key, base, pattern, internal, conditions);
        }
        if (target.isArray()) {
            return resolveFallbacks(pkg, target, star, key, base, pattern, internal, conditions);
        }
        if (target.isObject()) {
            List<String> keys = new ArrayList<>(target.propertyNames());
            for (String k : keys) {
                if (isArrayIndex(k)) {
                    throw ModuleResolutionException.invalidPackageConfig(pkg.path().toString(), base,
                            "\"exports\" cannot contain numeric property keys.");
                }
            }
            for (String k : keys) {
                if (k.equals("default") || conditions.contains(k)) {
                    String r = resolveTarget(pkg, target.get(k), star, key, base, pattern, internal, conditions);
                    if (r != null) {
                        return r;
                    }
                }
            }
            return null;
        }
        if (target.isNull()) {
            return EXCLUDED;
        }
        throw invalidTarget(pkg, key, target, internal, base);
    }

    /** An array target: the first entry that resolves; invalid targets are skipped, other errors stop the search. */
    private String resolveFallbacks(PackageJson pkg, JsonNode array, String star, String key, String base,
            boolean pattern, boolean internal, Set<String> conditions) {
        if (array.isEmpty()) {
            return EXCLUDED;
        }
        Object last = null;
        for (JsonNode item : array.values()) {
            String r;
            try {
                r = resolveTarget(pkg, item, star, key, base, pattern, internal, conditions);
            } catch (ModuleResolutionException e) {
                if (!e.code().equals("ERR_INVALID_PACKAGE_TARGET")) {
                    throw e;
                }
                last = e;
                continue;
            }
            if (r == EXCLUDED) {
                last = EXCLUDED;
            } else if (r != null) {
                return r;
            }
        }
        if (last instanceof ModuleResolutionException e) {
            throw e;
        }
        return (String) last;
    }

    private String resolveTargetString(PackageJson pkg, String target, String star, String key, String base,
            boolean pattern, boolean internal, Set<String> conditions) {
        if (!star.isEmpty() && !pattern && !target.endsWith("/")) {
            throw invalidTarget(pkg, key, target, internal, base);
        }
        if (!target.startsWith("./")) {
            if (internal && !target.startsWith("../") && !target.startsWith("/")
                    && !URL_SCHEME.matcher(target).matches()) {
                String specifier = pattern ? target.replace("*", star) : target + star;
                return bare.packageResolve(specifier, pkg, conditions);
            }
            throw invalidTarget(pkg, key, target, internal, base);
        }
        String rest = target.substring(2);
        if (hasInvalidSegment(rest)) {
            throw invalidTarget(pkg, key, target, internal, base);
        }
        String request = pattern ? key.replace("*", star) : key + star;
        // Empty segments (a leading, doubled or trailing slash) still resolve, with Node's DEP0166; not for a
        // pattern that maps a request ending in "/".
        boolean pathMap = pattern && request.endsWith("/");
        String resolvedTarget = pattern ? target.replace("*", star) : target + star;
        if (hasEmptySegment(rest) && !pathMap) {
            warnEmptySegment(pkg, resolvedTarget, request, key, internal, base, resolvedTarget);
        }
        String dirUrl = FileUrl.of(pkg.dir());
        if (star.isEmpty()) {
            return FileUrl.join(dirUrl, rest);
        }
        if (hasInvalidSegment(star)) {
            throw ModuleResolutionException.invalidModuleSpecifier(request,
                    "request is not a valid match in pattern \"" + key + "\" for the \""
                            + (internal ? "imports" : "exports") + "\" resolution of " + pkg.path(), base);
        }
        if (hasEmptySegment(star) && !pathMap) {
            warnEmptySegment(pkg, pattern ? resolvedTarget : target, request, key, internal, base, request);
        }
        return FileUrl.join(dirUrl, pattern ? rest.replace("*", star) : rest + star);
    }

    /** DEP0166; "double slash" when {@code doubled} has two separators in a row, else a leading or trailing one. */
    private void warnEmptySegment(PackageJson pkg, String target, String request, String key, boolean internal,
            String base, String doubled) {
        boolean twoInARow = DOUBLE_SEPARATOR.matcher(doubled).find();
        deprecations.accept("DEP0166", "Use of deprecated " + (twoInARow ? "double slash" : "leading or trailing slash matching")
                + " resolving \"" + target + "\" for module request \"" + request + "\" "
                + (request.equals(key) ? "" : "matched to \"" + key + "\" ") + "in the \""
                + (internal ? "imports" : "exports") + "\" field module resolution of the package at " + pkg.path()
                + importedFrom(base) + ".");
    }

    private static String importedFrom(String base) {
        return base == null ? "" : " imported from " + base;
    }

    /** True when a "/"- or "\"-separated segment is empty: deprecated (DEP0166) rather than invalid. */
    static boolean hasEmptySegment(String path) {
        for (String segment : path.split("[/\\\\]", -1)) {
            if (segment.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** True when a "/"- or "\"-separated segment is ".", ".." or "node_modules", also when percent-encoded. */
    static boolean hasInvalidSegment(String path) {
        for (String segment : path.split("[/\\\\]", -1)) {
            String s = FileUrl.decode(segment).toLowerCase(java.util.Locale.ROOT);
            if (s.equals(".") || s.equals("..") || s.equals("node_modules")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isArrayIndex(String key) {
        if (key.isEmpty() || key.length() > 10 || (key.length() > 1 && key.charAt(0) == '0')) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) < '0' || key.charAt(i) > '9') {
                return false;
            }
        }
        return Long.parseLong(key) < 0xFFFF_FFFFL;
    }

    static ModuleResolutionException notExported(PackageJson pkg, String subpath, String base) {
        String where = " in " + pkg.path() + ModuleResolutionException.importedFrom(base);
        return new ModuleResolutionException("ERR_PACKAGE_PATH_NOT_EXPORTED", subpath.equals(".")
                ? "No \"exports\" main defined" + where
                : "Package subpath '" + subpath + "' is not defined by \"exports\"" + where);
    }

    /** Node names a number or boolean target by its string form, as it names a string target. */
    private static ModuleResolutionException invalidTarget(PackageJson pkg, String key, JsonNode target,
            boolean internal, String base) {
        return invalidTarget(pkg, key, target.asString(), internal, base);
    }

    private static ModuleResolutionException invalidTarget(PackageJson pkg, String key, String target,
            boolean internal, String base) {
        String json = tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(target).toString();
        return invalidTarget(pkg, key, json, target, internal, base);
    }

    private static ModuleResolutionException invalidTarget(PackageJson pkg, String key, String json, String string,
            boolean internal, String base) {
        boolean hint = string != null && !internal && !string.isEmpty() && !string.startsWith("./");
        String what = key.equals(".") && !internal
                ? "Invalid \"exports\" main target " + json + " defined in the package config "
                : "Invalid \"" + (internal ? "imports" : "exports") + "\" target " + json + " defined for '" + key
                        + "' in the package config ";
        return new ModuleResolutionException("ERR_INVALID_PACKAGE_TARGET", what + pkg.path()
                + ModuleResolutionException.importedFrom(base) + (hint ? "; targets must start with \"./\"" : ""));
    }
}
