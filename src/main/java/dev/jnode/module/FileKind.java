package dev.jnode.module;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** Classifies a path as Node's module loader does: file, directory, or missing. */
final class FileKind {
    static final int FILE = 0;
    static final int DIRECTORY = 1;
    static final int MISSING = -1;

    private FileKind() {
    }

    static int of(Path path) {
        try {
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
            return a.isDirectory() ? DIRECTORY : FILE;
        } catch (IOException e) {
            return MISSING;
        }
    }
}
