package dev.jnode.module;

import dev.jnode.engine.ErrorsBinding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.graalvm.polyglot.HostAccess;

/** The module loaders' view of the file system: cheap stats and cached package.json reads. */
public final class ModuleBinding {
    private final ErrorsBinding errors;
    private final PackageJsonReader packages = new PackageJsonReader();
    private final Resolver resolver = new Resolver(packages);

    public ModuleBinding(ErrorsBinding errors) {
        this.errors = errors;
    }

    /** 0 for a file, 1 for a directory, -1 when missing: what Node's {@code internalModuleStat} returns. */
    @HostAccess.Export
    public int stat(String path) {
        return FileKind.of(Path.of(path));
    }

    /** The file {@code request} names, searched in {@code paths} (absolute directories), or null. */
    @HostAccess.Export
    public String findPath(String request, String[] paths) {
        return resolver.findPath(request, java.util.Arrays.asList(paths));
    }

    /** The text of a package.json, or null; read once per process. */
    @HostAccess.Export
    public String readPackageJson(String path) {
        return packages.read(Path.of(path));
    }

    @HostAccess.Export
    public String realpath(String path) {
        try {
            return Path.of(path).toRealPath().toString();
        } catch (IOException e) {
            return path;
        }
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
}
