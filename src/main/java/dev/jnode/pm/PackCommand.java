package dev.jnode.pm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code jnode pack}: the tarball {@code npm pack} makes (name, file selection, npm's fixed mtime and
 * modes) and its summary. The gzip stream is deterministic: same files, same bytes.
 */
final class PackCommand {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** node-tar's portable mtime, which npm uses for every entry: 1985-10-26T08:15:00Z. */
    private static final long NPM_MTIME_SECONDS = 499_162_500L;
    private static final Set<String> NEVER_ANYWHERE = Set.of(".git", ".svn", ".hg", "CVS", ".npmrc", ".DS_Store",
            "npm-debug.log", ".lock-wscript", ".npmignore", ".gitignore");
    private static final Pattern NEVER_PATTERN = Pattern.compile("\\._.*|\\..*\\.swp|.*\\.orig|\\.wafpickle-\\d+");
    private static final Set<String> NEVER_AT_ROOT = Set.of("node_modules", "package-lock.json", "yarn.lock", "pnpm-lock.yaml", "bun.lockb");
    private static final Pattern ALWAYS_AT_ROOT = Pattern.compile("(?i)(readme|licen[cs]e|copying)(\\.[^.]*)?");

    private final Path root;
    private final JsonNode pkg;
    private final PrintStream err;
    private IgnoreRules filesField;
    private boolean warnedGitignore;

    private PackCommand(Path root, JsonNode pkg, PrintStream err) {
        this.root = root;
        this.pkg = pkg;
        this.err = err;
    }

    static int run(List<String> args, Path root, PrintStream out, PrintStream err) throws IOException {
        Path pkgFile = root.resolve("package.json");
        if (!Files.isRegularFile(pkgFile)) {
            throw new PmException("ENOENT", "Could not read package.json: no package.json in " + root);
        }
        JsonNode pkg = JSON.readTree(pkgFile.toFile());
        String name = pkg.path("name").asString("");
        String version = pkg.path("version").asString("");
        if (name.isEmpty() || version.isEmpty()) {
            throw new PmException("EINVALIDPACKAGE", "package.json needs a name and a version to be packed");
        }
        PackCommand pack = new PackCommand(root, pkg, err);
        List<String> files = pack.select();
        byte[] tgz = pack.tarball(files);
        String filename = (name.startsWith("@") ? name.substring(1) : name).replace('/', '-') + "-" + version + ".tgz";
        pack.summary(name, version, filename, files, tgz);
        if (!args.contains("--dry-run")) {
            Files.write(root.resolve(filename), tgz);
        }
        out.println(filename);
        return 0;
    }

    /** The files to pack, relative and {@code /}-separated, in code point order as npm lists them. */
    private List<String> select() throws IOException {
        TreeSet<String> chosen = new TreeSet<>();
        JsonNode files = pkg.path("files");
        if (files.isArray()) {
            StringBuilder rules = new StringBuilder();
            for (JsonNode f : files) {
                String entry = f.asString("");
                boolean negate = entry.startsWith("!");
                entry = entry.substring(negate ? 1 : 0).replaceFirst("^\\./", "").replaceFirst("^/", "")
                        .replaceFirst("/+$", "");
                String bang = negate ? "!" : "";
                rules.append(bang).append('/').append(entry).append('\n').append(bang).append('/').append(entry).append("/**\n");
            }
            filesField = IgnoreRules.parse(rules.toString());
        }
        walk(root, "", new ArrayList<>(), chosen);
        try (Stream<Path> top = Files.list(root)) {
            top.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> n.equals("package.json") || ALWAYS_AT_ROOT.matcher(n).matches()).forEach(chosen::add);
        }
        List<String> wanted = new ArrayList<>();
        wanted.add(pkg.path("main").asString(""));
        BinMap.normalise(pkg.path("bin"), pkg.path("name").asString("")).properties()
                .forEach(e -> wanted.add(e.getValue().asString()));
        for (String w : wanted) {
            String rel = w.replaceFirst("^\\./", "");
            if (!rel.isEmpty() && Files.isRegularFile(root.resolve(rel))) {
                chosen.add(rel);
            }
        }
        return new ArrayList<>(chosen);
    }

    private record Scope(String base, IgnoreRules rules) {}

    private void walk(Path dir, String rel, List<Scope> scopes, Set<String> chosen) throws IOException {
        IgnoreRules own = ignoreFileIn(dir, rel.isEmpty());
        List<Scope> here = scopes;
        if (own != null) {
            here = new ArrayList<>(scopes);
            here.add(new Scope(rel, own));
        }
        List<Path> entries;
        try (Stream<Path> s = Files.list(dir)) {
            entries = s.sorted().toList();
        }
        for (Path p : entries) {
            String name = p.getFileName().toString();
            String path = rel.isEmpty() ? name : rel + "/" + name;
            boolean isDir = Files.isDirectory(p);
            if (NEVER_ANYWHERE.contains(name) || NEVER_PATTERN.matcher(name).matches()
                    || (rel.isEmpty() && NEVER_AT_ROOT.contains(name)) || ignored(here, path, isDir)) {
                continue;
            }
            if (isDir) {
                walk(p, path, here, chosen);
            } else if (Files.isRegularFile(p) && (filesField == null || Boolean.TRUE.equals(filesField.ignored(path, false)))) {
                chosen.add(path);
            }
        }
    }

    /** A folder's .npmignore, else its .gitignore; at the root neither counts when package.json lists its files. */
    private IgnoreRules ignoreFileIn(Path dir, boolean atRoot) throws IOException {
        if (atRoot && filesField != null) {
            return null;
        }
        if (Files.isRegularFile(dir.resolve(".npmignore"))) {
            return IgnoreRules.parse(Files.readString(dir.resolve(".npmignore")));
        }
        if (Files.isRegularFile(dir.resolve(".gitignore"))) {
            if (atRoot && !warnedGitignore) {
                warnedGitignore = true;
                err.println("npm warn gitignore-fallback No .npmignore file found, using .gitignore for file exclusion. "
                        + "Consider creating a .npmignore file to explicitly control published files.");
            }
            return IgnoreRules.parse(Files.readString(dir.resolve(".gitignore")));
        }
        return null;
    }

    private static boolean ignored(List<Scope> scopes, String path, boolean isDir) {
        boolean ignored = false;
        for (Scope s : scopes) {
            String rel = s.base().isEmpty() ? path : path.substring(s.base().length() + 1);
            Boolean verdict = s.rules().ignored(rel, isDir);
            if (verdict != null) {
                ignored = verdict;
            }
        }
        return ignored;
    }

    private byte[] tarball(List<String> files) throws IOException {
        ByteArrayOutputStream tarBytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(tarBytes, 512)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            for (String f : files) {
                Path p = root.resolve(f);
                byte[] content = Files.readAllBytes(p);
                TarArchiveEntry e = new TarArchiveEntry("package/" + f);
                e.setSize(content.length);
                e.setMode(executable(p) ? 0755 : 0644);
                e.setModTime(NPM_MTIME_SECONDS * 1000);
                e.setUserId(0);
                e.setGroupId(0);
                e.setUserName("");
                e.setGroupName("");
                tar.putArchiveEntry(e);
                tar.write(content);
                tar.closeArchiveEntry();
            }
        }
        return gzip(tarBytes.toByteArray());
    }

    private static boolean executable(Path p) throws IOException {
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
        return perms.contains(PosixFilePermission.OWNER_EXECUTE) || perms.contains(PosixFilePermission.GROUP_EXECUTE)
                || perms.contains(PosixFilePermission.OTHERS_EXECUTE);
    }

    /** Gzip with the header npm's tarballs carry (no mtime, best compression, OS unknown), so the bytes depend only on the content. */
    private static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 2, (byte) 0xff});
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(data);
        deflater.finish();
        byte[] buf = new byte[65536];
        while (!deflater.finished()) {
            out.write(buf, 0, deflater.deflate(buf));
        }
        deflater.end();
        CRC32 crc = new CRC32();
        crc.update(data);
        writeIntLE(out, (int) crc.getValue());
        writeIntLE(out, data.length);
        return out.toByteArray();
    }

    private static void writeIntLE(ByteArrayOutputStream out, int v) {
        for (int i = 0; i < 4; i++) {
            out.write((v >>> (8 * i)) & 0xff);
        }
    }

    private void summary(String name, String version, String filename, List<String> files, byte[] tgz) throws IOException {
        long unpacked = 0;
        err.println("npm notice");
        err.println("npm notice 📦  " + name + "@" + version);
        err.println("npm notice Tarball Contents");
        for (String f : files) {
            long size = Files.size(root.resolve(f));
            unpacked += size;
            err.println("npm notice " + bytes(size, "") + " " + f);
        }
        String integrity = Integrity.of("sha512", tgz).toString();
        err.println("npm notice Tarball Details");
        err.println("npm notice name: " + name);
        err.println("npm notice version: " + version);
        err.println("npm notice filename: " + filename);
        err.println("npm notice package size: " + bytes(tgz.length, " "));
        err.println("npm notice unpacked size: " + bytes(unpacked, " "));
        err.println("npm notice shasum: " + sha1(tgz));
        err.println("npm notice integrity: " + integrity.substring(0, 20) + "[...]" + integrity.substring(integrity.length() - 15));
        err.println("npm notice total files: " + files.size());
        err.println("npm notice");
    }

    /** npm's byte counts: {@code 380 B}, {@code 1.2 kB}, {@code 3.4 MB} (decimal units). */
    private static String bytes(long n, String space) {
        if (n < 1000) {
            return n + space + "B";
        }
        return n < 1_000_000 ? String.format(Locale.ROOT, "%.1f%skB", n / 1000.0, space)
                : String.format(Locale.ROOT, "%.1f%sMB", n / 1_000_000.0, space);
    }

    private static String sha1(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
