package dev.jnode.module;

import java.nio.file.Path;
import java.util.List;

/**
 * Node's CommonJS resolution: the file, extension and directory lookups of {@code Module._findPath},
 * over the lookup paths that the JavaScript loader computes ({@code module.paths}, {@code NODE_PATH}).
 */
public final class Resolver {
    private static final List<String> EXTENSIONS = List.of(".js", ".json", ".node");

    private final PackageJsonReader packages;

    Resolver(PackageJsonReader packages) {
        this.packages = packages;
    }

    /** The absolute filename {@code request} names from one of {@code paths}, or null. */
    public String findPath(String request, List<String> paths) {
        boolean absolute = request.startsWith("/");
        List<String> bases = absolute ? List.of("") : paths;
        boolean trailingSlash = request.endsWith("/") || request.endsWith("/.") || request.endsWith("/..")
                || request.equals(".") || request.equals("..");
        for (String base : bases) {
            Path candidate = absolute ? Path.of(request) : Path.of(base).resolve(request);
            candidate = candidate.normalize();
            String found = trailingSlash ? null : tryFile(candidate);
            if (found == null && !trailingSlash) {
                found = tryExtensions(candidate);
            }
            if (found == null) {
                found = tryDirectory(candidate);
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private String tryFile(Path p) {
        return FileKind.of(p) == FileKind.FILE ? p.toString() : null;
    }

    private String tryExtensions(Path p) {
        for (String ext : EXTENSIONS) {
            String found = tryFile(Path.of(p + ext));
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private String tryDirectory(Path dir) {
        if (FileKind.of(dir) != FileKind.DIRECTORY) {
            return null;
        }
        String main = PackageJson.parse(packages.read(dir.resolve("package.json"))).main();
        if (main != null) {
            Path m = dir.resolve(main).normalize();
            String found = tryFile(m);
            if (found == null) {
                found = tryExtensions(m);
            }
            if (found == null) {
                found = tryExtensions(m.resolve("index"));
            }
            if (found != null) {
                return found;
            }
        }
        return tryExtensions(dir.resolve("index"));
    }
}
