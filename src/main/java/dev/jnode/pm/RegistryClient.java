package dev.jnode.pm;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The npm registry protocol over one shared HTTP/2 client: packuments (abbreviated form, cached with
 * ETag revalidation) and tarballs, with quick retries on network errors and 5xx.
 *
 * <p>This machine's resolver loses about one DNS query in 30-40 and glibc then stalls 5 s, so each
 * registry host is resolved once per run, racing a second query if the first is slow, and the
 * address stays in the JDK's cache while HTTP/2 keeps one connection alive for all requests.
 */
public final class RegistryClient implements AutoCloseable {
    static final String CORGI = "application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(4);
    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration TARBALL_TIMEOUT = Duration.ofSeconds(120);
    private static final int ATTEMPTS = 5;
    /** The registry says packuments are fresh for 300 s (Cache-Control: max-age=300); npm honours it. */
    private static final long FRESH_MILLIS = 300_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final NpmConfig config;
    private final ContentCache cache;
    /** Created on first request: an install that needs no network should not pay for TLS setup. */
    private volatile HttpClient http;
    private final ExecutorService executor;
    private final Set<String> warmedHosts = ConcurrentHashMap.newKeySet();
    /** Per host: completes when the first response's headers arrive, i.e. its connection exists. */
    private final Map<String, CompletableFuture<Void>> firstContact = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<JsonNode>> packuments = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Path>> downloads = new ConcurrentHashMap<>();
    /** Tarball downloads in flight at once (they multiplex over one HTTP/2 connection). */
    private final java.util.concurrent.Semaphore downloadSlots = new java.util.concurrent.Semaphore(24);
    private final boolean preferOffline;
    private final AtomicInteger requests = new AtomicInteger();
    /** Set by {@link #close()}: prefetches not yet downloading give up instead of starting. */
    private volatile boolean closing;

    public RegistryClient(NpmConfig config, ContentCache cache, boolean preferOffline) {
        this.config = config;
        this.cache = cache;
        this.preferOffline = preferOffline;
        this.executor = Executors.newVirtualThreadPerTaskExecutor();
    }

    private HttpClient http() {
        HttpClient h = http;
        if (h == null) {
            synchronized (this) {
                h = http;
                if (h == null) {
                    h = HttpClient.newBuilder()
                            .version(HttpClient.Version.HTTP_2)
                            .connectTimeout(CONNECT_TIMEOUT)
                            .followRedirects(HttpClient.Redirect.NORMAL)
                            .build();
                    http = h;
                }
            }
        }
        return h;
    }

    public int requestCount() {
        return requests.get();
    }

    /** The URL of a package's document: scoped names keep their {@code @} and escape the slash. */
    public String packumentUrl(String name) {
        return config.registryFor(name) + name.replace("/", "%2f");
    }

    /** The tarball URL npm uses when a lockfile omits {@code resolved}. */
    public String defaultTarballUrl(String name, String version) {
        String base = name.startsWith("@") ? name.substring(name.indexOf('/') + 1) : name;
        return config.registryFor(name) + name + "/-/" + base + "-" + version + ".tgz";
    }

    /** Fetches a package document once per run; concurrent callers share one request. */
    public CompletableFuture<JsonNode> packument(String name) {
        return packuments.computeIfAbsent(name, n -> CompletableFuture.supplyAsync(() -> fetchPackument(n), executor));
    }

    private JsonNode fetchPackument(String name) {
        String url = packumentUrl(name);
        Path file = cache.metadataDir().resolve(sha256(url) + ".json");
        ObjectNode cached = readCached(file);
        if (cached != null) {
            long age = System.currentTimeMillis() - cached.path("fetchedAt").asLong(0);
            if (preferOffline || age < FRESH_MILLIS) {
                return cached.get("body");
            }
        }
        HttpRequest.Builder req = request(url, METADATA_TIMEOUT).header("Accept", CORGI);
        String etag = cached != null ? cached.path("etag").asString(null) : null;
        if (etag != null) {
            req.header("If-None-Match", etag);
        }
        HttpResponse<byte[]> resp = send(req.build(), name);
        if (resp.statusCode() == 304 && cached != null) {
            cached.put("fetchedAt", System.currentTimeMillis());
            writeCached(file, cached);
            return cached.get("body");
        }
        if (resp.statusCode() == 404) {
            throw new PmException("E404", "404 Not Found - GET " + url + " - '" + name + "' is not in this registry.");
        }
        if (resp.statusCode() != 200) {
            throw new PmException("E" + resp.statusCode(), resp.statusCode() + " from GET " + url + " for '" + name + "'");
        }
        JsonNode body = Packuments.abbreviate(JSON.readTree(resp.body()));
        ObjectNode entry = JSON.createObjectNode();
        entry.put("url", url);
        resp.headers().firstValue("etag").ifPresent(v -> entry.put("etag", v));
        entry.put("fetchedAt", System.currentTimeMillis());
        entry.set("body", body);
        writeCached(file, entry);
        return body;
    }

    private static ObjectNode readCached(Path file) {
        try {
            return Files.isRegularFile(file) && JSON.readTree(file.toFile()) instanceof ObjectNode o ? o : null;
        } catch (RuntimeException e) {
            return null; // a damaged cache entry is refetched
        }
    }

    private static void writeCached(Path file, ObjectNode entry) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            Files.write(tmp, JSON.writeValueAsBytes(entry));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // caching is an optimisation
        }
    }

    /**
     * Downloads a tarball, checks it against its integrity and stores it; returns the unpacked folder.
     * Concurrent calls for one integrity (the same package at two places in the tree) share a download.
     */
    public Path fetchPackage(String spec, String tarballUrl, Integrity integrity) throws IOException {
        Path dir = cache.packageDir(integrity);
        if (Files.isDirectory(dir)) {
            return dir;
        }
        CompletableFuture<Path> mine = new CompletableFuture<>();
        CompletableFuture<Path> running = downloads.putIfAbsent(integrity.toString(), mine);
        if (running != null) {
            try {
                return running.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw (RuntimeException) e.getCause();
            }
        }
        try {
            Path p = download(spec, tarballUrl, integrity);
            mine.complete(p);
            return p;
        } catch (IOException | RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /**
     * Starts fetching a tarball the resolver has just placed, so downloads overlap resolution; the
     * reifier's later {@link #fetchPackage} call joins it. Failures surface there.
     */
    public void prefetchPackage(String spec, String tarballUrl, Integrity integrity) {
        if (integrity == null || tarballUrl == null || Files.isDirectory(cache.packageDir(integrity))
                || downloads.containsKey(integrity.toString())) {
            return;
        }
        executor.execute(() -> {
            try {
                fetchPackage(spec, tarballUrl, integrity);
            } catch (IOException | RuntimeException e) {
                // reported when the package is actually installed
            }
        });
    }

    private Path download(String spec, String tarballUrl, Integrity integrity) throws IOException {
        try {
            downloadSlots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PmException("EINTR", "interrupted while fetching " + spec);
        }
        try {
            if (closing) {
                throw new PmException("ECANCELED", "cancelled fetching " + spec);
            }
            return downloadNow(spec, tarballUrl, integrity);
        } finally {
            downloadSlots.release();
        }
    }

    private Path downloadNow(String spec, String tarballUrl, Integrity integrity) throws IOException {
        HttpResponse<byte[]> resp = send(request(tarballUrl, TARBALL_TIMEOUT).build(), spec);
        if (resp.statusCode() == 404) {
            throw new PmException("E404", "404 Not Found - GET " + tarballUrl + " - tarball of '" + spec + "' is missing");
        }
        if (resp.statusCode() != 200) {
            throw new PmException("E" + resp.statusCode(), resp.statusCode() + " from GET " + tarballUrl);
        }
        return cache.store(integrity, resp.body(), spec);
    }

    private HttpRequest.Builder request(String url, Duration timeout) {
        URI uri = URI.create(url);
        warm(uri.getHost());
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("User-Agent", "jnode-pm (npm-compatible)")
                .header("npm-command", "install");
        String auth = config.authorizationFor(url);
        if (auth != null) {
            b.header("Authorization", auth);
        }
        return b;
    }

    /** Sends with retries on network errors, 429 and 5xx: 100 ms, 200 ms, 400 ms, 800 ms. */
    private HttpResponse<byte[]> send(HttpRequest req, String what) {
        IOException last = null;
        int status = 0;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (attempt > 0) {
                sleep(100L << (attempt - 1));
            }
            try {
                requests.incrementAndGet();
                HttpResponse<byte[]> r = sendOnSharedConnection(req);
                status = r.statusCode();
                if (status == 429 || status >= 500) {
                    continue;
                }
                return r;
            } catch (IOException e) {
                last = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PmException("EINTR", "interrupted while fetching " + what);
            }
        }
        if (last != null) {
            throw new PmException("ENETWORK", "request to " + req.uri() + " failed (for '" + what + "') after "
                    + ATTEMPTS + " attempts: " + last, last);
        }
        throw new PmException("E" + status, status + " from " + req.uri() + " (for '" + what + "') after "
                + ATTEMPTS + " attempts");
    }

    /**
     * Lets the first request to a host open the connection alone; the others wait for its response
     * headers and then multiplex over it. Started together, the JDK client would open one TLS
     * connection per request, and cold TLS handshakes are what a short install spends its CPU on.
     */
    private HttpResponse<byte[]> sendOnSharedConnection(HttpRequest req) throws IOException, InterruptedException {
        String key = req.uri().getScheme() + "://" + req.uri().getAuthority();
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> first = firstContact.putIfAbsent(key, mine);
        if (first != null) {
            try {
                first.get(CONNECT_TIMEOUT.toMillis() * 2, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                // go ahead on a connection of our own
            }
            return http().send(req, HttpResponse.BodyHandlers.ofByteArray());
        }
        try {
            return http().send(req, info -> {
                mine.complete(null);
                return HttpResponse.BodySubscribers.ofByteArray();
            });
        } finally {
            mine.complete(null);
        }
    }

    /**
     * Resolves a registry host once per run, before the HTTP client needs it, through
     * {@link RacingResolverProvider} (a dropped DNS query then costs 0.7 s, not glibc's 5 s); the
     * JDK's address cache then serves the HTTP client.
     */
    void warm(String host) {
        if (host == null || !warmedHosts.add(host)) {
            return;
        }
        RacingResolverProvider.race(host);
        try {
            InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            // the HTTP client reports it, with its retries
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms + (long) (Math.random() * ms / 2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public ExecutorService executor() {
        return executor;
    }

    /**
     * Ends the run: prefetches still waiting give up, and those already downloading finish before this returns,
     * so nothing writes into the cache after the command (an install that failed in resolution, say) is over.
     */
    @Override
    public void close() {
        closing = true;
        executor.close();
        if (http != null) {
            http.close();
        }
    }
}
