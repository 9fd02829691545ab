package dev.jnode.pm;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The global content-addressed store: each package's unpacked files under a folder named by its
 * integrity, from which {@code node_modules} is materialised with hard links.
 *
 * <p>A package folder appears by an atomic rename of a fully extracted temporary folder, so an
 * interrupted install never leaves a half-filled entry behind.
 */
public final class ContentCache {
    private final Path root;
    private final AtomicBoolean hardLinksWork = new AtomicBoolean(true);

    public ContentCache(Path root) {
        this.root = root;
    }

    /** {@code $JNODE_CACHE}, else {@code $XDG_CACHE_HOME/jnode}, else {@code ~/.cache/jnode}. */
    public static ContentCache standard(Map<String, String> env) {
        String dir = env.get("JNODE_CACHE");
        if (dir == null || dir.isEmpty()) {
            String xdg = env.get("XDG_CACHE_HOME");
            dir = (xdg != null && !xdg.isEmpty() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache"))
                    .resolve("jnode").toString();
        }
        return new ContentCache(Path.of(dir));
    }

    public Path root() {
        return root;
    }

    /** Where the unpacked package with this integrity lives (it may not exist yet). */
    public Path packageDir(Integrity integrity) {
        String hex = integrity.hex();
        return root.resolve("content-v1").resolve(integrity.algorithm()).resolve(hex.substring(0, 2)).resolve(hex);
    }

    public boolean has(Integrity integrity) {
        return Files.isDirectory(packageDir(integrity));
    }

    /** Folder for cached registry metadata. */
    public Path metadataDir() {
        return root.resolve("metadata-v1");
    }

    /**
     * Stores a tarball's contents after checking its integrity; returns the package folder.
     *
     * @throws PmException {@code EINTEGRITY} when the bytes do not match
     */
    public Path store(Integrity integrity, byte[] tgz, String what) throws IOException {
        if (!integrity.matches(tgz)) {
            throw new PmException("EINTEGRITY", "Integrity check failed for " + what + ": wanted " + integrity
                    + " but got " + Integrity.of(integrity.algorithm(), tgz));
        }
        Path dest = packageDir(integrity);
        if (Files.isDirectory(dest)) {
            return dest;
        }
        Path tmp = root.resolve("tmp").resolve(UUID.randomUUID().toString());
        try {
            TarballExtractor.extract(tgz, tmp);
            Files.createDirectories(dest.getParent());
            try {
                Files.move(tmp, dest, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dest);
            } catch (FileSystemException e) {
                // rename(2) onto a non-empty folder fails with ENOTEMPTY: someone stored it first
                if (!Files.isDirectory(dest)) {
                    throw e;
                }
            }
        } finally {
            deleteTree(tmp);
        }
        return dest;
    }

    /** Recreates {@code src}'s files under {@code dest} with hard links, copying when links fail. */
    public void materialise(Path src, Path dest) throws IOException {
        Files.walkFileTree(src, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(dest.resolve(src.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path target = dest.resolve(src.relativize(file).toString());
                if (hardLinksWork.get()) {
                    try {
                        Files.createLink(target, file);
                        return FileVisitResult.CONTINUE;
                    } catch (FileAlreadyExistsException e) {
                        Files.delete(target);
                        Files.createLink(target, file);
                        return FileVisitResult.CONTINUE;
                    } catch (UnsupportedOperationException | FileSystemException e) {
                        hardLinksWork.set(false); // e.g. cache and project on different file systems
                    }
                }
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    public boolean usedHardLinks() {
        return hardLinksWork.get();
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(dir);
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
