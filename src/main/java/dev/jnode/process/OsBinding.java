package dev.jnode.process;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.graalvm.polyglot.HostAccess;

/** What {@code node:os} reads from the system. */
public final class OsBinding {

    @HostAccess.Export
    public String hostname() {
        try {
            return Files.readString(Path.of("/proc/sys/kernel/hostname")).trim();
        } catch (IOException e) {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (IOException e2) {
                return "localhost";
            }
        }
    }

    /** [sysname, release, version, machine] as uname(2) gives them. */
    @HostAccess.Export
    public String[] uname() {
        return new String[] {"Linux", readProc("/proc/sys/kernel/osrelease", System.getProperty("os.version")),
            readProc("/proc/sys/kernel/version", ""), "x86_64"};
    }

    @HostAccess.Export
    public String homedir() {
        return System.getProperty("user.home");
    }

    @HostAccess.Export
    public String username() {
        return System.getProperty("user.name");
    }

    @HostAccess.Export
    public int availableProcessors() {
        return Runtime.getRuntime().availableProcessors();
    }

    @HostAccess.Export
    public String readProc(String path, String fallback) {
        try {
            return Files.readString(Path.of(path)).trim();
        } catch (IOException e) {
            return fallback;
        }
    }
}
