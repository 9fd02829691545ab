package dev.jnode.module;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and parses each package.json once per process, as Node caches them, and finds the package scope of a
 * file (its nearest package.json). Used from one JavaScript thread, so the caches are plain maps.
 */
final class PackageJsonReader {
    private final Map<Path, Optional<String>> texts = new HashMap<>();
    private final Map<Path, Object> parsed = new HashMap<>();
    private final Map<Path, Optional<Path>> scopes = new HashMap<>();

    /** The text of the file at {@code path}, or null when it cannot be read. */
    String read(Path path) {
        return texts.computeIfAbsent(path, p -> {
            try {
                return Optional.of(Files.readString(p));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }).orElse(null);
    }

    /** The parsed package.json at {@code pjsonPath}, or null when there is none; invalid JSON throws every time. */
    PackageJson get(Path pjsonPath) {
        Object entry = parsed.get(pjsonPath);
        if (entry == null) {
            String text = read(pjsonPath);
            try {
                entry = text == null ? Optional.empty() : PackageJson.parse(pjsonPath, text);
            } catch (ModuleResolutionException e) {
                entry = e;
            }
            parsed.put(pjsonPath, entry);
        }
        if (entry instanceof ModuleResolutionException e) {
            throw new ModuleResolutionException(e.code(), e.getMessage());
        }
        return entry instanceof PackageJson p ? p : null;
    }

    /**
     * The package.json that scopes {@code file}: the nearest one in its parent directories, not looking past a
     * {@code node_modules} directory nor at the file system root; null when there is none. A {@code filename}
     * ending in "/" names a directory whose own package.json counts, as for the REPL's {@code cwd + "/"}.
     */
    PackageJson scopeOf(String filename) {
        Path path = Path.of(filename).toAbsolutePath().normalize();
        Path dir = filename.endsWith("/") ? path : path.getParent();
        Path pjson = dir == null ? null : scopeDirOf(dir).orElse(null);
        return pjson == null ? null : get(pjson);
    }

    private Optional<Path> scopeDirOf(Path dir) {
        Optional<Path> cached = scopes.get(dir);
        if (cached != null) {
            return cached;
        }
        Optional<Path> found;
        Path parent = dir.getParent();
        if (parent == null || dir.getFileName().toString().equals("node_modules")) {
            found = Optional.empty();
        } else {
            Path pjson = dir.resolve("package.json");
            found = read(pjson) != null ? Optional.of(pjson) : scopeDirOf(parent);
        }
        scopes.put(dir, found);
        return found;
    }
}
