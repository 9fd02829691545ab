package dev.jnode.module;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.AbstractThrowableAssert;

/** A fixture directory tree for resolver tests, and the lookup paths Node's CommonJS loader would pass. */
final class Tree {
    final Path root;
    final Resolver resolver = new Resolver(new PackageJsonReader());
    Set<String> conditions = Resolver.CJS_CONDITIONS;

    Tree(Path tempDir) {
        try {
            root = tempDir.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a file, creating its directories. */
    Tree write(String rel, String content) {
        try {
            Path p = root.resolve(rel);
            Files.createDirectories(p.getParent());
            Files.writeString(p, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Tree file(String... rels) {
        for (String rel : rels) {
            write(rel, "module.exports = 1;\n");
        }
        return this;
    }

    /** Writes {@code dir/package.json}; single quotes in {@code json} stand for double quotes. */
    Tree pkg(String dir, String json) {
        return write(dir.isEmpty() ? "package.json" : dir + "/package.json", json.replace('\'', '"'));
    }

    Tree symlink(String link, String target) {
        try {
            Path l = root.resolve(link);
            Files.createDirectories(l.getParent());
            Files.createSymbolicLink(l, Path.of(target));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    String path(String rel) {
        return root.resolve(rel).toString();
    }

    /** What {@code require.resolve(request)} gives in the file {@code from}, or null when not found. */
    String resolve(String request, String from) {
        Path parent = root.resolve(from);
        return resolver.resolve(request, parent.toString(), lookupPaths(request, parent.getParent()), conditions,
                false);
    }

    AbstractThrowableAssert<?, ? extends Throwable> error(String request, String from) {
        return assertThatThrownBy(() -> resolve(request, from)).isInstanceOf(ModuleResolutionException.class);
    }

    static String code(Throwable t) {
        return ((ModuleResolutionException) t).code();
    }

    /** {@code Module._resolveLookupPaths}: the parent's directory for relative requests, else node_modules up the tree. */
    static List<String> lookupPaths(String request, Path dir) {
        if (request.startsWith("./") || request.startsWith("../") || request.equals(".") || request.equals("..")) {
            return List.of(dir.toString());
        }
        List<String> paths = new ArrayList<>();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (d.getFileName() != null && d.getFileName().toString().equals("node_modules")) {
                continue;
            }
            paths.add(d.resolve("node_modules").toString());
        }
        return paths;
    }
}
