package dev.jnode.pm;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/** An npm registry on 127.0.0.1 serving packages built in the test, with failure injection. */
final class FakeRegistry implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Map<String, ObjectNode> packuments = new ConcurrentHashMap<>();
    private final Map<String, byte[]> tarballs = new ConcurrentHashMap<>();
    final List<String> requests = java.util.Collections.synchronizedList(new ArrayList<>());
    /** Number of upcoming requests to answer with 500. */
    final AtomicInteger failNext = new AtomicInteger();

    FakeRegistry() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getRawPath();
            requests.add(path);
            byte[] body;
            int status = 200;
            if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                status = 500;
                body = "{}".getBytes(StandardCharsets.UTF_8);
            } else if (tarballs.containsKey(path)) {
                body = tarballs.get(path);
            } else {
                String name = path.substring(1).replace("%2f", "/").replace("%2F", "/");
                ObjectNode doc = packuments.get(name);
                if (doc == null) {
                    status = 404;
                    body = "{\"error\":\"Not found\"}".getBytes(StandardCharsets.UTF_8);
                } else {
                    body = JSON.writeValueAsBytes(doc);
                }
            }
            ex.sendResponseHeaders(status, body.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(body);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** Fluent description of one published version. */
    final class Pkg {
        final String name;
        final String version;
        final Map<String, String> deps = new LinkedHashMap<>();
        final Map<String, String> optionalDeps = new LinkedHashMap<>();
        final Map<String, String> peerDeps = new LinkedHashMap<>();
        final Map<String, String> files = new LinkedHashMap<>();
        final Map<String, String> scripts = new LinkedHashMap<>();
        String bin;
        List<String> os;
        boolean corruptIntegrity;

        Pkg(String name, String version) {
            this.name = name;
            this.version = version;
            files.put("index.js", "module.exports = '" + name + "@" + version + "';\n");
        }

        Pkg dep(String n, String range) {
            deps.put(n, range);
            return this;
        }

        Pkg script(String event, String command) {
            scripts.put(event, command);
            return this;
        }

        Pkg optional(String n, String range) {
            optionalDeps.put(n, range);
            return this;
        }

        Pkg peer(String n, String range) {
            peerDeps.put(n, range);
            return this;
        }

        Pkg bin(String binName, String file) {
            bin = binName;
            files.put(file, "#!/usr/bin/env node\nconsole.log('" + name + "')\n");
            files.put("__bin", file);
            return this;
        }

        Pkg os(String... values) {
            os = List.of(values);
            return this;
        }

        Pkg corrupt() {
            corruptIntegrity = true;
            return this;
        }

        void publish() throws IOException {
            ObjectNode manifest = JSON.createObjectNode();
            manifest.put("name", name);
            manifest.put("version", version);
            if (!deps.isEmpty()) {
                manifest.set("dependencies", JSON.valueToTree(deps));
            }
            if (!optionalDeps.isEmpty()) {
                manifest.set("optionalDependencies", JSON.valueToTree(optionalDeps));
            }
            if (!peerDeps.isEmpty()) {
                manifest.set("peerDependencies", JSON.valueToTree(peerDeps));
            }
            String binFile = files.remove("__bin");
            if (bin != null) {
                manifest.putObject("bin").put(bin, binFile);
            }
            if (os != null) {
                manifest.set("os", JSON.valueToTree(os));
            }
            if (!scripts.isEmpty()) {
                manifest.set("scripts", JSON.valueToTree(scripts));
            }
            manifest.put("license", "MIT");
            Map<String, String> all = new LinkedHashMap<>(files);
            all.put("package.json", JSON.writeValueAsString(manifest));
            byte[] tgz = tgz(all);
            String base = name.startsWith("@") ? name.substring(name.indexOf('/') + 1) : name;
            String tarPath = "/" + name + "/-/" + base + "-" + version + ".tgz";
            tarballs.put(tarPath, tgz);
            ObjectNode dist = manifest.putObject("dist");
            byte[] hashed = corruptIntegrity ? "something else".getBytes(StandardCharsets.UTF_8) : tgz;
            dist.put("integrity", Integrity.of("sha512", hashed).toString());
            dist.put("tarball", url() + tarPath.substring(1));
            ObjectNode doc = packuments.computeIfAbsent(name, n -> {
                ObjectNode d = JSON.createObjectNode();
                d.put("name", n);
                d.putObject("dist-tags");
                d.putObject("versions");
                return d;
            });
            ((ObjectNode) doc.get("versions")).set(version, manifest);
            ((ObjectNode) doc.get("dist-tags")).put("latest", version);
        }
    }

    Pkg pkg(String name, String version) {
        return new Pkg(name, version);
    }

    void deprecate(String name, String version, String message) {
        ((ObjectNode) packuments.get(name).get("versions").get(version)).put("deprecated", message);
    }

    void tag(String name, String tag, String version) {
        ((ObjectNode) packuments.get(name).get("dist-tags")).put(tag, version);
    }

    private static byte[] tgz(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(bytes))) {
            for (Map.Entry<String, String> f : files.entrySet()) {
                byte[] data = f.getValue().getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry e = new TarArchiveEntry("package/" + f.getKey());
                e.setSize(data.length);
                e.setMode(f.getValue().startsWith("#!") ? 0755 : 0644);
                tar.putArchiveEntry(e);
                tar.write(data);
                tar.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    long tarballRequests() {
        synchronized (requests) {
            return requests.stream().filter(r -> r.endsWith(".tgz")).count();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
