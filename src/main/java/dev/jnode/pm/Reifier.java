package dev.jnode.pm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Makes {@code node_modules} match a resolved tree: removes what is gone or changed, fetches what is
 * missing into the content cache (integrity checked first) and hard-links it into place, all in
 * parallel, then links {@code bin}s and records the result in the hidden lockfile.
 */
final class Reifier {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What changed, for npm's "added N packages" line. */
    record Result(int added, int changed, int removed, List<Node> installed, List<Node> fresh,
            List<String> nativeAddons) {}

    private final Path project;
    private final RegistryClient registry;
    private final ContentCache cache;
    private final Consumer<String> warn;
    private final Consumer<String> timing;

    Reifier(Path project, RegistryClient registry, ContentCache cache, Consumer<String> warn, Consumer<String> timing) {
        this.project = project;
        this.registry = registry;
        this.cache = cache;
        this.warn = warn;
        this.timing = timing;
    }

    Result reify(Node root, JsonNode packageJson, boolean omitDev, boolean omitOptional, boolean clean) throws IOException {
        Path nm = project.resolve("node_modules");
        if (clean) {
            ContentCache.deleteTree(nm);
        }
        Map<String, JsonNode> old = readHidden(nm.resolve(".package-lock.json"));

        List<Node> want = new ArrayList<>();
        Set<Node> skipped = new HashSet<>();
        for (Node n : Lockfile.allNodes(root)) {
            if (skipped.contains(n.parent)) {
                skipped.add(n);
                continue;
            }
            String why = Platform.mismatch(n.manifest);
            if ((omitDev && n.dev) || (omitOptional && n.optional) || why != null) {
                if (why != null && !n.optional) {
                    throw new PmException("EBADPLATFORM", "Unsupported platform for " + n.packageName + "@"
                            + n.version + ": wanted " + why);
                }
                skipped.add(n);
                continue;
            }
            want.add(n);
        }

        Path nmAbs = nm.toAbsolutePath().normalize();
        for (Node n : want) {
            if (!project.resolve(n.location()).toAbsolutePath().normalize().startsWith(nmAbs)) {
                throw new PmException("EBADLOCATION", "refusing to install " + n.location() + " outside node_modules");
            }
        }
        Set<String> wantLocs = new HashSet<>();
        List<Node> dirty = new ArrayList<>();
        Set<Node> dirtySet = new HashSet<>();
        for (Node n : want) {
            String loc = n.location();
            wantLocs.add(loc);
            JsonNode was = old.get(loc);
            boolean same = was != null && eq(was.path("version").asString(null), n.version)
                    && eq(was.path("integrity").asString(null), n.integrity)
                    && Files.isDirectory(project.resolve(loc));
            if (!same || dirtySet.contains(n.parent)) {
                dirty.add(n);
                dirtySet.add(n);
            }
        }
        Path hidden = nm.resolve(".package-lock.json");
        if (!dirty.isEmpty() || !wantLocs.containsAll(old.keySet())) {
            // Until the new tree is complete, nothing on disk may claim to be installed: an
            // interrupted run is then repaired by the next one.
            Files.deleteIfExists(hidden);
        }
        int removed = 0;
        for (String loc : old.keySet()) {
            if (!wantLocs.contains(loc)) {
                removed++;
                ContentCache.deleteTree(project.resolve(loc));
            }
        }
        for (Node n : dirty) {
            if (!dirtySet.contains(n.parent)) {
                ContentCache.deleteTree(project.resolve(n.location()));
            }
        }
        int added = 0;
        int changed = 0;
        for (Node n : dirty) {
            if (old.containsKey(n.location())) {
                changed++;
            } else {
                added++;
            }
        }

        long t = System.nanoTime();
        fetchAndLink(dirty);
        timing.accept("fetch+link " + (System.nanoTime() - t) / 1_000_000 + " ms");
        t = System.nanoTime();
        boolean changedTree = !dirty.isEmpty() || removed > 0;
        if (changedTree || !binsPresent(want)) {
            linkBins(want, nm);
        }
        timing.accept("bins " + (System.nanoTime() - t) / 1_000_000 + " ms");

        List<String> addons = new ArrayList<>();
        for (Node n : dirty) {
            String id = n.packageName + "@" + n.version;
            if (Files.isRegularFile(project.resolve(n.location()).resolve("binding.gyp"))) {
                addons.add(id);
            }
        }
        if (!want.isEmpty() || Files.isDirectory(nm)) {
            Files.createDirectories(nm);
            Path tmp = nm.resolve(".package-lock.json.tmp");
            Files.writeString(tmp, Lockfile.writeHidden(root, packageJson, want));
            Files.move(tmp, hidden, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        return new Result(added, changed, removed, want, dirty, addons);
    }

    private static boolean eq(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private void fetchAndLink(List<Node> nodes) throws IOException {
        List<Future<?>> jobs = new ArrayList<>();
        for (Node n : nodes) {
            jobs.add(registry.executor().submit(() -> {
                Integrity integrity = Integrity.parse(n.integrity);
                String url = n.resolved != null && n.resolved.startsWith("http") ? n.resolved
                        : registry.defaultTarballUrl(n.packageName, n.version);
                if (integrity == null) {
                    throw new PmException("EINTEGRITY", n.packageName + "@" + n.version
                            + " has no integrity in the lockfile or registry; refusing to install it unverified");
                }
                Path src = registry.fetchPackage(n.packageName + "@" + n.version, url, integrity);
                cache.materialise(src, project.resolve(n.location()));
                return null;
            }));
        }
        for (Future<?> f : jobs) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PmException("EINTR", "interrupted");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof PmException p) {
                    throw p;
                }
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw new PmException("EUNKNOWN", e.getCause().toString(), e.getCause());
            }
        }
    }

    /** Whether every bin link of an unchanged tree is still there (someone may have deleted .bin). */
    private boolean binsPresent(List<Node> nodes) {
        for (Node n : nodes) {
            JsonNode bin = BinMap.normalise(n.manifest.get("bin"), n.packageName);
            if (bin != null) {
                Path binDir = binDir(project.resolve(n.location()), n);
                for (String name : bin.propertyNames()) {
                    if (!Files.exists(binDir.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static Path binDir(Path pkgDir, Node n) {
        return n.name.startsWith("@") ? pkgDir.getParent().getParent().resolve(".bin") : pkgDir.getParent().resolve(".bin");
    }

    /** Symlinks each package's bins into the {@code .bin} folder of the node_modules holding it. */
    private void linkBins(List<Node> nodes, Path nm) throws IOException {
        Set<Path> cleared = new HashSet<>();
        Map<Path, Node> owners = new HashMap<>();
        for (Node n : nodes) {
            Path pkgDir = project.resolve(n.location());
            Path binDir = binDir(pkgDir, n);
            if (cleared.add(binDir)) {
                ContentCache.deleteTree(binDir);
            }
            // The manifest's bin (registry or lockfile) is what npm links; publishing already turned
            // directories.bin into it.
            JsonNode bin = BinMap.normalise(n.manifest.get("bin"), n.packageName);
            if (bin == null) {
                continue;
            }
            for (Map.Entry<String, JsonNode> e : bin.properties()) {
                String binName = e.getKey();
                Path target = pkgDir.resolve(e.getValue().asString()).normalize();
                if (!target.startsWith(pkgDir)) { // BinMap already confines paths; this guards the invariant
                    warn.accept("ignoring unsafe bin '" + e.getKey() + "' of " + n.packageName);
                    continue;
                }
                Path link = binDir.resolve(binName);
                if (owners.putIfAbsent(link, n) != null) {
                    continue; // first (shallowest, then alphabetical) wins, as npm
                }
                Files.createDirectories(binDir);
                Files.deleteIfExists(link);
                Files.createSymbolicLink(link, binDir.relativize(target));
                if (Files.exists(target)) {
                    Set<PosixFilePermission> perms = EnumSet.copyOf(Files.getPosixFilePermissions(target));
                    if (perms.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                            PosixFilePermission.OTHERS_EXECUTE))) {
                        Files.setPosixFilePermissions(target, perms);
                    }
                }
            }
        }
    }

    private static Map<String, JsonNode> readHidden(Path file) {
        Map<String, JsonNode> out = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        try {
            JSON.readTree(file.toFile()).path("packages").properties().forEach(e -> out.put(e.getKey(), e.getValue()));
        } catch (RuntimeException e) {
            // an unreadable hidden lockfile means: assume nothing is installed
        }
        out.remove("");
        return out;
    }
}
