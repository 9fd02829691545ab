package dev.jnode.module;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Node's module resolution. {@link #resolve} is CommonJS's {@code Module._resolveFilename} after builtins: "#"
 * imports, package self-reference, then {@link #findPath} over the lookup paths that the JavaScript loader
 * computes ({@code module.paths}, {@code NODE_PATH}, global folders), with "exports", extensions, "main" and
 * index files, and symlinks resolved to real paths. The package-map and package-scope parts are the ones the
 * ES module loader shares ({@link #packageResolve}, {@link #packageScope}).
 */
public final class Resolver {
    /** Conditions CommonJS matches when the user gives none. */
    public static final Set<String> CJS_CONDITIONS = Set.of("require", "node", "node-addons");

    private static final Pattern URL_LIKE = Pattern.compile("[A-Za-z][A-Za-z0-9+.\\-]*:");
    private static final Pattern EXPORTS_REQUEST =
            Pattern.compile("^((?:@[^/\\\\%]+/)?[^./\\\\%][^/\\\\%]*)(/.*)?$", Pattern.DOTALL);

    private final PackageJsonReader packages;
    private final PackageMaps maps = new PackageMaps(this::packageResolve, (code, message) -> this.deprecationWarnings.accept(code, message));
    private final Map<String, String> realpaths = new HashMap<>();
    private List<String> extensions = List.of(".js", ".json", ".node");
    private boolean preserveSymlinks;
    private boolean preserveSymlinksMain;
    private Predicate<String> builtin = id -> false;
    private BiConsumer<String, String> deprecationWarnings = (code, message) -> { };

    Resolver(PackageJsonReader packages) {
        this.packages = packages;
    }

    /** {@code --preserve-symlinks} and {@code --preserve-symlinks-main}. */
    public void setPreserveSymlinks(boolean modules, boolean main) {
        preserveSymlinks = modules;
        preserveSymlinksMain = main;
    }

    /** The extensions tried in order, the keys of {@code require.extensions}. */
    public void setExtensions(List<String> extensions) {
        this.extensions = List.copyOf(extensions);
    }

    /**
     * Where deprecations found while resolving are reported, as (code, message): DEP0128 (a package whose "main" is
     * missing, found through its index), DEP0151 (an imported package's "main" completed by guessing), DEP0155 (a
     * pattern matched by a subpath ending in "/") and DEP0166 (an empty segment in an exports or imports target).
     */
    public void onDeprecation(BiConsumer<String, String> warn) {
        deprecationWarnings = warn;
    }

    /** Which bare names are builtin modules, for "imports" targets such as {@code "#fs": "fs"}. */
    public void setBuiltins(Predicate<String> isBuiltin) {
        builtin = isBuiltin;
    }

    /**
     * The absolute filename that {@code request} names from {@code parentFilename} (null for the main module; a
     * directory ending in "/" for the REPL), or null when nothing is found. Throws
     * {@link ModuleResolutionException} for package configuration errors and for targets of "exports" and
     * "imports" that do not exist (MODULE_NOT_FOUND naming the target, as Node does).
     */
    public String resolve(String request, String parentFilename, List<String> paths, Set<String> conditions,
            boolean isMain) {
        if (request.indexOf('\0') >= 0) {
            return null; // no file name can hold NUL; java.nio.file would throw instead of answering
        }
        if (request.startsWith("#") && parentFilename != null) {
            PackageJson scope = packages.scopeOf(parentFilename);
            if (scope != null && scope.imports() != null) {
                try {
                    return finish(maps.resolveImports(request, scope, parentFilename, conditions), parentFilename);
                } catch (ModuleResolutionException e) {
                    throw e.code().equals("ERR_MODULE_NOT_FOUND") ? ModuleResolutionException.notFound(request) : e;
                }
            }
        }
        String self = resolveSelf(request, parentFilename, conditions);
        return self != null ? self : findPath(request, paths, isMain, conditions);
    }

    /**
     * ESM_RESOLVE: the module {@code specifier} names when imported from {@code parentFilename} (null: from the
     * current directory, as for code with no file): "node:id" for a builtin, else the absolute filename (real unless
     * symlinks are preserved). Throws Node's coded errors, naming the importer as "imported from".
     */
    public String resolveEsm(String specifier, String parentFilename, Set<String> conditions) {
        String base = parentFilename != null ? parentFilename : Path.of("").toAbsolutePath() + "/";
        String url;
        if (specifier.startsWith("/") || specifier.startsWith("./") || specifier.startsWith("../")
                || specifier.equals(".") || specifier.equals("..")) {
            url = relativeUrl(specifier, base);
        } else if (specifier.startsWith("#")) {
            url = maps.resolveImports(specifier, parentFilename == null ? null : packages.scopeOf(parentFilename),
                    base, conditions);
        } else if (URL_LIKE.matcher(specifier).lookingAt()) {
            url = specifier.startsWith("file:") ? FileUrl.withoutLocalHost(specifier) : specifier;
        } else {
            Path from = parentFilename != null ? Path.of(parentFilename).getParent() : Path.of(base);
            PackageJson scope = parentFilename != null ? packages.scopeOf(parentFilename) : null;
            url = packageResolve(specifier, from, scope, base, conditions);
        }
        if (url.startsWith("node:")) {
            return url;
        }
        if (!url.startsWith("file:")) {
            String scheme = url.substring(0, url.indexOf(':') + 1);
            // Node names "node" among the schemes except for http(s), where its network-imports check speaks first
            String schemes = scheme.equals("http:") || scheme.equals("https:") ? "file and data" : "file, data, and node";
            throw new ModuleResolutionException("ERR_UNSUPPORTED_ESM_URL_SCHEME", "Only URLs with a scheme in: "
                    + schemes + " are supported by the default ESM loader. Received protocol '" + scheme + "'");
        }
        if (FileUrl.hasEncodedSeparator(url.substring(0, Math.max(url.length() - FileUrl.suffix(url).length(), 0)))) {
            throw ModuleResolutionException.invalidModuleSpecifier(url,
                    "must not include encoded \"/\" or \"\\\" characters", base);
        }
        Path file = FileUrl.toPath(url);
        boolean namesDirectory = url.substring(0, url.length() - FileUrl.suffix(url).length()).endsWith("/");
        // fileURLToPath keeps a trailing slash, and errors name the path as it gives it
        String name = namesDirectory && !file.toString().equals("/") ? file + "/" : file.toString();
        int kind = FileKind.of(file);
        if (namesDirectory && kind == FileKind.FILE) {
            kind = FileKind.MISSING;
        }
        if (kind == FileKind.DIRECTORY) {
            throw new ModuleResolutionException("ERR_UNSUPPORTED_DIR_IMPORT", "Directory import '" + name
                    + "' is not supported resolving ES modules imported from " + base
                    + commonJsHint(specifier, parentFilename), url);
        }
        if (kind == FileKind.MISSING) {
            throw new ModuleResolutionException("ERR_MODULE_NOT_FOUND",
                    "Cannot find module '" + name + "' imported from " + base + commonJsHint(specifier, parentFilename),
                    url);
        }
        return preserveSymlinks ? file.toString() : realpath(file.toString());
    }

    /**
     * Node's hint when an import names no file but CommonJS resolution (extensions, directory index) would find
     * one: the specifier to write instead, relative to the importer or inside its package; else "".
     */
    private String commonJsHint(String specifier, String parentFilename) {
        if (parentFilename == null || URL_LIKE.matcher(specifier).lookingAt() || specifier.startsWith("#")) {
            return "";
        }
        Path dir = Path.of(parentFilename).getParent();
        boolean bare = !(specifier.startsWith("/") || specifier.startsWith("./") || specifier.startsWith("../"));
        List<String> paths = new java.util.ArrayList<>();
        for (Path d = dir; d != null; d = d.getParent()) {
            paths.add(bare ? d.resolve("node_modules").toString() : d.toString());
            if (!bare) {
                break;
            }
        }
        String found;
        try {
            found = resolve(specifier, parentFilename, paths, CJS_CONDITIONS, false);
        } catch (ModuleResolutionException e) {
            return "";
        }
        if (found == null) {
            return "";
        }
        String suggestion;
        if (bare) {
            int at = found.lastIndexOf("/node_modules/");
            if (at < 0) {
                return "";
            }
            suggestion = found.substring(at + "/node_modules/".length());
        } else {
            String rel = dir.relativize(Path.of(found)).toString();
            suggestion = rel.startsWith(".") ? rel : "./" + rel;
        }
        return "\nDid you mean to import \"" + suggestion + "\"?";
    }

    /** A "/", "./" or "../" specifier as a file URL against the importer's directory. */
    private static String relativeUrl(String specifier, String base) {
        String suffix = FileUrl.suffix(specifier);
        String path = specifier.substring(0, specifier.length() - suffix.length());
        Path dir = base.endsWith("/") ? Path.of(base) : Path.of(base).getParent();
        if (FileUrl.hasEncodedSeparator(path)) {
            throw ModuleResolutionException.invalidModuleSpecifier(dir.resolve(path).normalize().toString(),
                    "must not include encoded \"/\" or \"\\\" characters", base);
        }
        Path joined = path.startsWith("/") ? Path.of(FileUrl.decode(path)) : dir.resolve(FileUrl.decode(path));
        boolean directory = path.endsWith("/") || path.endsWith("/.") || path.endsWith("/..") || path.equals(".")
                || path.equals("..");
        return FileUrl.of(joined.normalize()) + (directory ? "/" : "") + suffix;
    }

    /**
     * How Node would load {@code filename} as an ES module: "module", "commonjs", "json", "wasm" (a .wasm file, or
     * an extensionless one starting with wasm's magic number outside a "commonjs" package), or "commonjs-typeless"
     * (a .js or extensionless file with no "type" in its package: CommonJS unless it has module syntax, which the
     * caller detects); for TypeScript (.ts as .js, .mts, .cts) the same with "-typescript" after the kind
     * ("commonjs-typescript-typeless" for a .ts file to detect). Throws ERR_UNKNOWN_FILE_EXTENSION for other
     * extensions.
     */
    public String esmFormat(String filename) {
        String base = Path.of(filename).getFileName().toString();
        int dot = base.lastIndexOf('.');
        String ext = dot <= 0 ? "" : base.substring(dot);
        switch (ext) {
            case ".mjs":
                return "module";
            case ".cjs":
                return "commonjs";
            case ".json":
                return "json";
            case ".mts":
                return "module-typescript";
            case ".cts":
                return "commonjs-typescript";
            case ".wasm":
                return "wasm";
            case ".js":
            case ".ts":
            case "":
                PackageJson scope = packages.scopeOf(filename);
                String type = scope == null ? "none" : scope.moduleType();
                if (ext.isEmpty() && !type.equals("commonjs") && startsWithWasmMagic(filename)) {
                    return "wasm";
                }
                String kind = type.equals("module") ? "module" : "commonjs";
                String format = ext.equals(".ts") ? kind + "-typescript" : kind;
                return type.equals("module") || type.equals("commonjs") ? format : format + "-typeless";
            default:
                throw new ModuleResolutionException("ERR_UNKNOWN_FILE_EXTENSION",
                        "Unknown file extension \"" + ext + "\" for " + filename);
        }
    }

    /** Whether the file begins as every WebAssembly binary does ({@code \0asm}): how Node types extensionless files. */
    private static boolean startsWithWasmMagic(String filename) {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(Path.of(filename))) {
            return in.readNBytes(head, 0, 4) == 4 && head[0] == 0 && head[1] == 'a' && head[2] == 's' && head[3] == 'm';
        } catch (IOException e) {
            return false;
        }
    }

    /** {@link #findPath(String, List, boolean, Set)} for a required (not main) module with CommonJS conditions. */
    public String findPath(String request, List<String> paths) {
        return findPath(request, paths, false, CJS_CONDITIONS);
    }

    /** {@code Module._findPath}: the file {@code request} names from the first of {@code paths} that has it. */
    public String findPath(String request, List<String> paths, boolean isMain, Set<String> conditions) {
        boolean absolute = request.startsWith("/");
        List<String> bases = absolute ? List.of("") : paths;
        boolean trailingSlash = endsLikeDirectory(request);
        boolean insidePath = !(isRelative(request) && Path.of(request).normalize().toString().startsWith(".."));
        for (String base : bases) {
            if (insidePath && !base.isEmpty() && FileKind.of(Path.of(base)) != FileKind.DIRECTORY) {
                continue;
            }
            if (!absolute) {
                String exported = resolveExports(base, request, conditions);
                if (exported != null) {
                    return exported;
                }
            }
            Path candidate = (absolute ? Path.of(request) : Path.of(base).resolve(request)).normalize();
            int kind = FileKind.of(candidate);
            String found = null;
            if (!trailingSlash) {
                if (kind == FileKind.FILE) {
                    found = (isMain ? preserveSymlinksMain : preserveSymlinks) ? candidate.toString()
                            : realpath(candidate.toString());
                }
                if (found == null) {
                    found = tryExtensions(candidate, isMain);
                }
            }
            if (found == null && kind == FileKind.DIRECTORY) {
                found = tryPackage(candidate, isMain);
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The package.json that scopes {@code filename} (its nearest one), or null. */
    public PackageJson packageScope(String filename) {
        return packages.scopeOf(filename);
    }

    /** The real path of {@code path} with every symlink resolved, cached; {@code path} itself when missing. */
    public String realpath(String path) {
        String real = realpaths.get(path);
        if (real == null) {
            try {
                real = Path.of(path).toRealPath().toString();
            } catch (IOException | RuntimeException e) {
                return path;
            }
            realpaths.put(path, real);
        }
        return real;
    }

    /**
     * PACKAGE_RESOLVE of the ESM algorithm, from the directory of {@code from}: a builtin gives a {@code node:}
     * URL, a package its "exports" target, else its legacy "main" or the plain subpath, as a {@code file:} URL.
     */
    String packageResolve(String specifier, PackageJson from, Set<String> conditions) {
        return packageResolve(specifier, from.dir(), from, from.path().toString(), conditions);
    }

    /**
     * PACKAGE_RESOLVE looking for {@code node_modules} from {@code startDir} up; {@code scope} is the importer's own
     * package (for a self-reference through its "exports", may be null); {@code base} is named by errors.
     */
    String packageResolve(String specifier, Path startDir, PackageJson scope, String base, Set<String> conditions) {
        if (builtin.test(specifier)) {
            return "node:" + specifier;
        }
        int slash = specifier.indexOf('/');
        if (specifier.startsWith("@")) {
            if (slash < 0) {
                throw ModuleResolutionException.invalidModuleSpecifier(specifier, "is not a valid package name", base);
            }
            slash = specifier.indexOf('/', slash + 1);
        }
        String name = slash < 0 ? specifier : specifier.substring(0, slash);
        if (name.startsWith(".") || name.contains("\\") || name.contains("%")) {
            throw ModuleResolutionException.invalidModuleSpecifier(specifier, "is not a valid package name", base);
        }
        String subpath = "." + specifier.substring(name.length());
        if (scope != null && scope.exports() != null && name.equals(scope.name())) {
            return maps.resolveExports(scope, subpath, base, conditions);
        }
        for (Path dir = startDir; dir != null; dir = dir.getParent()) {
            Path pkgDir = dir.resolve("node_modules").resolve(name);
            if (FileKind.of(pkgDir) != FileKind.DIRECTORY) {
                continue;
            }
            PackageJson pkg = packages.get(pkgDir.resolve("package.json"));
            if (pkg != null && pkg.exports() != null) {
                return maps.resolveExports(pkg, subpath, base, conditions);
            }
            if (subpath.equals(".")) {
                String url = legacyMain(pkgDir, pkg, base);
                warnIfMainGuessed(url, pkgDir, pkg, base);
                return url;
            }
            return FileUrl.join(FileUrl.of(pkgDir), subpath.substring(2));
        }
        throw new ModuleResolutionException("ERR_MODULE_NOT_FOUND",
                "Cannot find package '" + name + "' imported from " + base);
    }

    private String legacyMain(Path pkgDir, PackageJson pkg, String base) {
        String main = pkg == null ? null : pkg.main();
        if (main != null) {
            for (String tail : List.of("", ".js", ".json", ".node", "/index.js", "/index.json", "/index.node")) {
                Path p = pkgDir.resolve(main + tail).normalize();
                if (FileKind.of(p) == FileKind.FILE) {
                    return FileUrl.of(p);
                }
            }
        }
        for (String index : List.of("index.js", "index.json", "index.node")) {
            Path p = pkgDir.resolve(index);
            if (FileKind.of(p) == FileKind.FILE) {
                return FileUrl.of(p);
            }
        }
        Path first = pkgDir.resolve(main != null ? main : "index.js").normalize();
        throw new ModuleResolutionException("ERR_MODULE_NOT_FOUND",
                "Cannot find package '" + first + "' imported from " + base);
    }

    /** DEP0151: an ES module found as a package's main by guessing an extension or an index file. */
    private void warnIfMainGuessed(String url, Path pkgDir, PackageJson pkg, String base) {
        Path file = FileUrl.toPath(url);
        String main = pkg == null ? null : pkg.main();
        if (main != null && pkgDir.resolve(main).normalize().equals(file)) {
            return;
        }
        String format = esmFormat(file.toString());
        if (!format.equals("module") && !format.equals("module-typescript")) {
            return;
        }
        String pkgPath = pkgDir + "/";
        String entry = file.toString().substring(pkgPath.length());
        if (main == null || main.isEmpty()) {
            deprecationWarnings.accept("DEP0151", "No \"main\" or \"exports\" field defined in the package.json for "
                    + pkgPath + " resolving the main entry point \"" + entry + "\", imported from " + base
                    + ".\nDefault \"index\" lookups for the main are deprecated for ES modules.");
        } else {
            deprecationWarnings.accept("DEP0151", "Package " + pkgPath + " has a \"main\" field set to \"" + main
                    + "\", excluding the full filename and extension to the resolved file at \"" + entry
                    + "\", imported from " + base + ".\n Automatic extension resolution of the \"main\" field is"
                    + " deprecated for ES modules.");
        }
    }

    /** A package requiring its own name resolves through its own "exports". */
    private String resolveSelf(String request, String parentFilename, Set<String> conditions) {
        if (parentFilename == null) {
            return null;
        }
        PackageJson scope = packages.scopeOf(parentFilename);
        if (scope == null || scope.exports() == null || scope.name() == null) {
            return null;
        }
        String subpath;
        if (request.equals(scope.name())) {
            subpath = ".";
        } else if (request.startsWith(scope.name() + "/")) {
            subpath = "." + request.substring(scope.name().length());
        } else {
            return null;
        }
        try {
            return finish(maps.resolveExports(scope, subpath, parentFilename, conditions), parentFilename);
        } catch (ModuleResolutionException e) {
            throw e.code().equals("ERR_MODULE_NOT_FOUND") ? ModuleResolutionException.notFound(request) : e;
        }
    }

    /** "exports" of the package that a bare {@code request} names inside the lookup directory {@code base}. */
    private String resolveExports(String base, String request, Set<String> conditions) {
        Matcher m = EXPORTS_REQUEST.matcher(request);
        if (!m.matches()) {
            return null;
        }
        PackageJson pkg = packages.get(Path.of(base).resolve(m.group(1)).resolve("package.json"));
        if (pkg == null || pkg.exports() == null) {
            return null;
        }
        String subpath = "." + (m.group(2) == null ? "" : m.group(2));
        try {
            return finish(maps.resolveExports(pkg, subpath, null, conditions), null);
        } catch (ModuleResolutionException e) {
            throw e.code().equals("ERR_MODULE_NOT_FOUND") ? ModuleResolutionException.notFound(request) : e;
        }
    }

    /** A package map's URL as a CommonJS filename: it must be an existing file. */
    private String finish(String url, String parentFilename) {
        if (!url.startsWith("file:")) {
            throw new ModuleResolutionException("ERR_INVALID_URL_SCHEME", "The URL must be of scheme file");
        }
        if (FileUrl.hasEncodedSeparator(url)) {
            throw ModuleResolutionException.invalidModuleSpecifier(url,
                    "must not include encoded \"/\" or \"\\\" characters", parentFilename);
        }
        Path filename = FileUrl.toPath(url);
        String found = tryFile(filename, false);
        if (found == null) {
            throw ModuleResolutionException.notFound(filename.toString());
        }
        return found;
    }

    private String tryFile(Path p, boolean isMain) {
        if (FileKind.of(p) != FileKind.FILE) {
            return null;
        }
        return preserveSymlinks && !isMain ? p.toString() : realpath(p.toString());
    }

    private String tryExtensions(Path p, boolean isMain) {
        for (String ext : extensions) {
            String found = tryFile(Path.of(p + ext), isMain);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private String tryPackage(Path dir, boolean isMain) {
        PackageJson pkg = packages.get(dir.resolve("package.json"));
        String main = pkg == null ? null : pkg.main();
        if (main == null || main.isEmpty()) {
            return tryExtensions(dir.resolve("index"), isMain);
        }
        Path m = dir.resolve(main).normalize();
        String found = tryFile(m, isMain);
        if (found == null) {
            found = tryExtensions(m, isMain);
        }
        if (found == null) {
            found = tryExtensions(m.resolve("index"), isMain);
        }
        if (found == null) {
            found = tryExtensions(dir.resolve("index"), isMain);
            if (found != null) {
                deprecationWarnings.accept("DEP0128", "Invalid 'main' field in '" + dir.resolve("package.json") + "' of '" + main
                        + "'. Please either fix that or report it to the module author");
            }
        }
        if (found == null) {
            throw new ModuleResolutionException("MODULE_NOT_FOUND", "Cannot find module '" + m
                    + "'. Please verify that the package.json has a valid \"main\" entry");
        }
        return found;
    }

    private static boolean isRelative(String request) {
        return request.equals(".") || request.equals("..") || request.startsWith("./") || request.startsWith("../");
    }

    /** Node's test for a request that can only name a directory: ends in "/", or is ".", "..", "x/." or "x/..". */
    private static boolean endsLikeDirectory(String r) {
        return r.endsWith("/") || r.equals(".") || r.equals("..") || r.endsWith("/.") || r.endsWith("/..");
    }
}
