package dev.jnode.module;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Reads each package.json once per process, as Node caches them. */
final class PackageJsonReader {
    private static final String MISSING = new String("<missing>");
    private final Map<Path, String> cache = new HashMap<>();

    String read(Path path) {
        String text = cache.computeIfAbsent(path, p -> {
            try {
                return Files.readString(p);
            } catch (IOException e) {
                return MISSING;
            }
        });
        return text == MISSING ? null : text;
    }
}
