package dev.jnode.module.ts;

import com.caoccao.javet.swc4j.Swc4j;
import com.caoccao.javet.swc4j.Swc4jLibLoader;
import com.caoccao.javet.swc4j.interfaces.ISwc4jLibLoadingListener;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * The one {@link Swc4j} of the process, with its native library loaded on first use.
 *
 * <p>swc4j's own loader copies the 18 MB library into a new {@code /tmp/swc4j/<pid>} folder on every start and
 * never removes it. Instead the library is unpacked once per version into jnode's cache folder (an atomic rename,
 * so concurrent first runs do not see a half-written file) and loaded from there; a cache that cannot be written
 * falls back to a temporary copy deleted right after loading.
 */
final class SwcLibrary {
    private static final String VERSION = "2.0.0";
    private static final String FILE_NAME = "libswc4j-linux-x86_64.v." + VERSION + ".so";

    private SwcLibrary() {
    }

    /** Loads the library on the first call (the class initialisation is the lock). */
    static Swc4j swc() {
        return Holder.SWC;
    }

    private static final class Holder {
        static final Swc4j SWC = load();
    }

    private static Swc4j load() {
        Path library;
        boolean temporary = false;
        try {
            library = cachedCopy(cacheDir(System.getenv()));
        } catch (IOException | UncheckedIOException e) {
            library = temporaryCopy();
            temporary = true;
        }
        File folder = library.getParent().toFile();
        Swc4jLibLoader.setLibLoadingListener(new ISwc4jLibLoadingListener() {
            @Override
            public File getLibPath() {
                return folder;
            }

            @Override
            public boolean isDeploy() {
                return false;
            }
        });
        try {
            return new Swc4j();
        } finally {
            if (temporary) {
                deleteQuietly(library);
            }
        }
    }

    /** {@code $JNODE_CACHE}, else {@code $XDG_CACHE_HOME/jnode}, else {@code ~/.cache/jnode}: the pm's cache root. */
    private static Path cacheDir(Map<String, String> env) {
        String dir = env.get("JNODE_CACHE");
        if (dir != null && !dir.isEmpty()) {
            return Path.of(dir, "native");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isEmpty() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("jnode").resolve("native");
    }

    private static Path cachedCopy(Path folder) throws IOException {
        Path target = folder.resolve(FILE_NAME);
        if (Files.isRegularFile(target)) {
            return target;
        }
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, FILE_NAME, ".partial");
        try {
            unpackTo(partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
        return target;
    }

    private static Path temporaryCopy() {
        try {
            Path folder = Files.createTempDirectory("jnode-swc4j");
            Path target = folder.resolve(FILE_NAME);
            unpackTo(target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack swc4j's native library", e);
        }
    }

    private static void unpackTo(Path target) throws IOException {
        try (InputStream in = Swc4j.class.getResourceAsStream("/" + FILE_NAME)) {
            if (in == null) {
                throw new IOException(FILE_NAME + " is not on the class path (swc4j-linux-x86_64 jar missing)");
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path library) {
        try {
            Files.deleteIfExists(library);
            Files.deleteIfExists(library.getParent());
        } catch (IOException ignored) {
            // a leftover temporary copy is harmless
        }
    }
}
