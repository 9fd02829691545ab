package dev.jnode.pm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/** The os/cpu/libc of this machine in Node's names, and npm's check of a manifest's os/cpu/libc lists. */
final class Platform {
    static final String OS = os();
    static final String CPU = cpu();
    static final String LIBC = OS.equals("linux") ? (Files.exists(Path.of("/etc/alpine-release")) ? "musl" : "glibc") : null;

    private Platform() {}

    private static String os() {
        String n = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (n.contains("win")) {
            return "win32";
        }
        if (n.contains("mac") || n.contains("darwin")) {
            return "darwin";
        }
        return n.contains("linux") ? "linux" : n.replace(" ", "");
    }

    private static String cpu() {
        return switch (System.getProperty("os.arch")) {
            case "amd64", "x86_64" -> "x64";
            case "aarch64" -> "arm64";
            case "x86", "i386", "i686" -> "ia32";
            default -> System.getProperty("os.arch");
        };
    }

    /** Why the package cannot run here, or null when it can. */
    static String mismatch(JsonNode manifest) {
        if (!allowed(manifest.path("os"), OS)) {
            return "os " + manifest.get("os") + " (this is " + OS + ")";
        }
        if (!allowed(manifest.path("cpu"), CPU)) {
            return "cpu " + manifest.get("cpu") + " (this is " + CPU + ")";
        }
        if (LIBC != null && !allowed(manifest.path("libc"), LIBC)) {
            return "libc " + manifest.get("libc") + " (this is " + LIBC + ")";
        }
        return null;
    }

    /** npm-install-checks: "!x" excludes, any positive entry makes the list exclusive. */
    private static boolean allowed(JsonNode list, String current) {
        if (list.isString()) {
            String v = list.asString();
            return v.equals("any") || (v.startsWith("!") ? !v.substring(1).equals(current) : v.equals(current));
        }
        if (!list.isArray() || list.isEmpty()) {
            return true;
        }
        boolean positive = false;
        boolean match = false;
        for (JsonNode e : list) {
            String v = e.asString();
            if (v.startsWith("!")) {
                if (v.substring(1).equals(current)) {
                    return false;
                }
            } else {
                positive = true;
                match |= v.equals(current) || v.equals("any");
            }
        }
        return !positive || match;
    }
}
