package dev.jnode.module;

import dev.jnode.engine.ErrorsBinding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The module loaders' view of the file system: resolution ({@link Resolver}), package scopes, cheap stats,
 * cached package.json reads and real paths. Resolution errors reach JavaScript through
 * {@link ErrorsBinding#codedError}; a plain "not found" is null, so the loader builds MODULE_NOT_FOUND itself.
 */
public final class ModuleBinding {
    private final ErrorsBinding errors;
    private final ModuleFileSystem moduleFiles;
    private final PackageJsonReader packages = new PackageJsonReader();
    private final Resolver resolver = new Resolver(packages);

    public ModuleBinding(ErrorsBinding errors, ModuleFileSystem moduleFiles) {
        this.errors = errors;
        this.moduleFiles = moduleFiles;
    }

    /** {@code --preserve-symlinks} and {@code --preserve-symlinks-main}; both false until set. */
    @HostAccess.Export
    public void setPreserveSymlinks(boolean modules, boolean main) {
        resolver.setPreserveSymlinks(modules, main);
    }

    /** The keys of {@code require.extensions}, in order; {@code .js, .json, .node} until set. */
    @HostAccess.Export
    public void setExtensions(String[] extensions) {
        resolver.setExtensions(List.of(extensions));
    }

    /** Receives {@code (code, message)} of each deprecation (DEP0128, DEP0151) as resolution finds one. */
    @HostAccess.Export
    public void setDeprecationHandler(Value warn) {
        resolver.onDeprecation(warn::executeVoid);
    }

    /** The builtin module ids (without "node:"), so that an "imports" target can name one. */
    @HostAccess.Export
    public void setBuiltinModules(String[] ids) {
        Set<String> set = Set.of(ids);
        resolver.setBuiltins(set::contains);
    }

    /**
     * CommonJS resolution of a non-builtin {@code request} from {@code parentFilename} (null for the main module;
     * for the REPL, the cwd ending in "/"): the absolute filename, or null when not found. {@code lookupPaths}
     * are the directories to search ({@code Module._resolveLookupPaths}); {@code conditions} are the "exports"
     * conditions ({@code require}, {@code node}, {@code node-addons} and {@code --conditions}). Throws Node's
     * coded errors (ERR_PACKAGE_PATH_NOT_EXPORTED, ERR_INVALID_PACKAGE_TARGET, ...).
     */
    @HostAccess.Export
    public String resolve(String request, String parentFilename, String[] lookupPaths, String[] conditions,
            boolean isMain) {
        try {
            return resolver.resolve(request, parentFilename, Arrays.asList(lookupPaths),
                    new HashSet<>(Arrays.asList(conditions)), isMain);
        } catch (ModuleResolutionException e) {
            throw errors.codedError(e.code(), e.getMessage());
        }
    }

    /**
     * ES module resolution of {@code specifier} imported from {@code parentFilename} (null: from the current
     * directory) under {@code conditions}: "node:id" for a builtin, else an absolute filename. Throws Node's errors.
     */
    @HostAccess.Export
    public String resolveEsm(String specifier, String parentFilename, String[] conditions) {
        try {
            return resolver.resolveEsm(specifier, parentFilename, new HashSet<>(Arrays.asList(conditions)));
        } catch (ModuleResolutionException e) {
            Value error = errors.codedErrorObject(e.code(), e.getMessage());
            if (e.url() != null) {
                error.putMember("url", e.url()); // import.meta.resolve answers it for a missing file
            }
            throw error.throwException();
        }
    }

    /** The format Node gives {@code filename} when it is imported; see {@link Resolver#esmFormat}. */
    @HostAccess.Export
    public String esmFormat(String filename) {
        try {
            return resolver.esmFormat(filename);
        } catch (ModuleResolutionException e) {
            throw errors.codedError(e.code(), e.getMessage());
        }
    }

    /** Makes the ES module loader read {@code text} (format "module" or "json") as the module at {@code path}. */
    @HostAccess.Export
    public void serveModule(String path, String text, String format) {
        moduleFiles.serve(path, text, format);
    }

    /** Makes the ES module loader read the file at {@code path} as a WebAssembly module. */
    @HostAccess.Export
    public void serveWasm(String path) {
        moduleFiles.serveWasmFile(path);
    }

    @HostAccess.Export
    public boolean isServedModule(String path) {
        return moduleFiles.isServed(path);
    }

    /**
     * The named exports and the re-exported specifiers that static analysis finds in the CommonJS file
     * {@code filename} ({@link CjsExportLexer}), or in {@code text} when given (a load hook's source), as two
     * arrays; both empty when the file cannot be read.
     */
    @HostAccess.Export
    public String[][] commonJsExports(String filename, String text) {
        String source = text;
        try {
            if (source == null) {
                source = Files.readString(Path.of(filename));
            }
        } catch (IOException | RuntimeException e) {
            return new String[][] {new String[0], new String[0]};
        }
        CjsExportLexer.Result result = CjsExportLexer.analyze(source);
        return new String[][] {result.exports().toArray(String[]::new), result.reexports().toArray(String[]::new)};
    }

    /** {@code pathToFileURL} of an absolute path, as the resolver writes URLs. */
    @HostAccess.Export
    public String fileUrl(String path) {
        return FileUrl.of(Path.of(path));
    }

    /**
     * {@code Module._findPath} with the CommonJS conditions: the file {@code request} names in {@code paths}, or
     * null; {@code isMain} for the entry point (--preserve-symlinks-main).
     */
    @HostAccess.Export
    public String findPath(String request, String[] paths, boolean isMain) {
        try {
            return resolver.findPath(request, Arrays.asList(paths), isMain, Resolver.CJS_CONDITIONS);
        } catch (ModuleResolutionException e) {
            throw errors.codedError(e.code(), e.getMessage());
        }
    }

    /** The "type" of the package scoping {@code filename}: "module", "commonjs" or "none". */
    @HostAccess.Export
    public String packageType(String filename) {
        PackageJson scope = scope(filename);
        return scope == null ? "none" : scope.moduleType();
    }

    /** The absolute path of the package.json scoping {@code filename}, or null. */
    @HostAccess.Export
    public String packageScope(String filename) {
        PackageJson scope = scope(filename);
        return scope == null ? null : scope.path().toString();
    }

    /** 0 for a file, 1 for a directory, -1 when missing: what Node's {@code internalModuleStat} returns. */
    @HostAccess.Export
    public int stat(String path) {
        return FileKind.of(Path.of(path));
    }

    /** The text of a package.json, or null; read once per process. */
    @HostAccess.Export
    public String readPackageJson(String path) {
        return packages.read(Path.of(path));
    }

    /**
     * The decoded {@code mappings} of a source map ({@link SourceMapMappings}, native-order int32s); null when
     * the string is malformed.
     */
    @HostAccess.Export
    public Object decodeSourceMapMappings(String mappings) {
        try {
            return SourceMapMappings.decodeToBuffer(mappings);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The URL of {@code source}'s last {@code sourceMappingURL} comment, or null ({@link MagicComments}). */
    @HostAccess.Export
    public String sourceMappingUrl(String source) {
        return MagicComments.sourceMappingUrl(source);
    }

    /** The URL of {@code source}'s last {@code //# sourceMappingURL=} line comment (vm.Script's sourceMapURL). */
    @HostAccess.Export
    public String sourceMappingUrlOfScript(String source) {
        return MagicComments.sourceMappingUrl(source, true);
    }

    /** {@code fs.realpathSync} as the loader uses it, cached; the path itself when it does not exist. */
    @HostAccess.Export
    public String realpath(String path) {
        return resolver.realpath(path);
    }

    @HostAccess.Export
    public String readSource(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (java.nio.charset.MalformedInputException e) {
            try {
                return new String(Files.readAllBytes(Path.of(path)), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IOException e2) {
                throw errors.uvException(dev.jnode.fs.IoErrors.code(e2), "open", path, null);
            }
        } catch (IOException e) {
            throw errors.uvException(dev.jnode.fs.IoErrors.code(e), "open", path, null);
        }
    }

    /**
     * TypeScript {@code source} as JavaScript, as Node 24 makes it: {@code mode} "strip" blanks erasable syntax (lines
     * and columns stay), "transform" (--experimental-transform-types) also compiles enums, namespaces and parameter
     * properties. Throws ERR_INVALID_TYPESCRIPT_SYNTAX or ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX with Node's message, the
     * stack headed by {@code filename} ("" when none), the line and a source excerpt, as Node shows them. swc's
     * native parser loads on the first call.
     */
    @HostAccess.Export
    public String stripTypeScriptTypes(String source, String mode, String filename) {
        try {
            return mode.equals("transform") ? dev.jnode.module.ts.TypeScriptStripper.transform(source)
                    : dev.jnode.module.ts.TypeScriptStripper.strip(source);
        } catch (dev.jnode.module.ts.TypeScriptSyntaxException e) {
            throw e.hint().isEmpty() ? errors.codedError(e.code(), e.getMessage())
                    : errors.codedError(e.code(), e.getMessage(), filename + e.hint() + "\n");
        }
    }

    private PackageJson scope(String filename) {
        try {
            return resolver.packageScope(filename);
        } catch (ModuleResolutionException e) {
            throw errors.codedError(e.code(), e.getMessage());
        }
    }
}
