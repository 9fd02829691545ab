package dev.jnode.pm;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Unpacks an npm package tarball (gzip + tar) into a directory, refusing anything that could write
 * outside it.
 *
 * <p>Like npm, the first path component ({@code package/} by convention, but any name) is stripped,
 * symbolic and hard links are not materialised, and files with any executable bit become 0755
 * (others 0644). Unlike npm, which silently drops hostile entries, we fail the whole package: a
 * tarball with an absolute path, a {@code ..} component, a device node or a link pointing outside is
 * not something to install half of.
 */
public final class TarballExtractor {
    private static final Set<PosixFilePermission> EXEC = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> PLAIN = PosixFilePermissions.fromString("rw-r--r--");

    private TarballExtractor() {}

    public static void extract(byte[] tgz, Path dest) throws IOException {
        extract(new ByteArrayInputStream(tgz), dest);
    }

    /** Extracts into {@code dest}, which is created if missing. */
    public static void extract(InputStream tgz, Path dest) throws IOException {
        Files.createDirectories(dest);
        Path root = dest.toAbsolutePath().normalize();
        boolean posix = root.getFileSystem().supportedFileAttributeViews().contains("posix");
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new GZIPInputStream(new BufferedInputStream(tgz, 65536), 65536))) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                String name = e.getName();
                checkName(name);
                String rel = stripFirst(name);
                if (rel == null) {
                    continue; // the top folder itself, or a file beside it
                }
                Path target = root.resolve(rel).normalize();
                if (!target.startsWith(root)) {
                    throw unsafe(name, "leaves the package");
                }
                if (e.isCharacterDevice() || e.isBlockDevice() || e.isFIFO()) {
                    throw unsafe(name, "is a device or FIFO");
                }
                if (e.isSymbolicLink() || e.isLink()) {
                    checkLink(root, target, e);
                    continue; // npm does not install links found in package tarballs
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                if (!e.isFile()) {
                    continue; // pax/GNU metadata entries are consumed by the reader; anything else is skipped
                }
                Path parent = target.getParent();
                if (!Files.isDirectory(parent)) {
                    Files.createDirectories(parent);
                }
                Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                if (posix) {
                    Files.setPosixFilePermissions(target, (e.getMode() & 0111) != 0 ? EXEC : PLAIN);
                }
            }
        }
    }

    private static void checkName(String name) {
        if (name.startsWith("/") || name.startsWith("\\") || name.matches("^[A-Za-z]:.*")) {
            throw unsafe(name, "is an absolute path");
        }
        for (String part : name.split("[/\\\\]")) {
            if (part.equals("..")) {
                throw unsafe(name, "contains '..'");
            }
        }
        if (name.indexOf('\0') >= 0) {
            throw unsafe(name, "contains a NUL byte");
        }
    }

    private static void checkLink(Path root, Path target, TarArchiveEntry e) {
        String link = e.getLinkName();
        if (link.startsWith("/") || link.startsWith("\\")) {
            throw unsafe(e.getName(), "links to an absolute path");
        }
        // Hard link names are archive paths (with the top folder); symlink targets are relative to the link.
        Path resolved = e.isLink()
                ? root.resolve(stripFirst(link) == null ? "" : stripFirst(link)).normalize()
                : target.getParent().resolve(link).normalize();
        if (!resolved.startsWith(root)) {
            throw unsafe(e.getName(), "links outside the package");
        }
    }

    /** The path below the first component, or null when nothing is left. */
    private static String stripFirst(String name) {
        String n = name.replace('\\', '/');
        while (n.startsWith("./")) {
            n = n.substring(2);
        }
        int slash = n.indexOf('/');
        if (slash < 0) {
            return null;
        }
        String rest = n.substring(slash + 1);
        while (rest.startsWith("/")) {
            rest = rest.substring(1);
        }
        return rest.isEmpty() ? null : rest;
    }

    private static PmException unsafe(String entry, String why) {
        return new PmException("EBADTAR", "refusing tarball entry '" + entry + "': it " + why);
    }
}
