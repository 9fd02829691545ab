package dev.jnode.process;

import dev.jnode.net.IpText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
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

    /** The nice value of a process as {0, value}, or {-errno, 0} as libuv reports a failure. */
    @HostAccess.Export
    public int[] getPriority(int pid) {
        int[] result = Posix.getPriority(pid);
        result[0] = -result[0];
        return result;
    }

    /** Sets the nice value of a process; 0 or -errno. */
    @HostAccess.Export
    public int setPriority(int pid, int priority) {
        return -Posix.setPriority(pid, priority);
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

    /**
     * The addresses of the interfaces that are up, as libuv lists them (by interface, IPv4 before IPv6), flat:
     * name, address, netmask, family, mac, internal, scope id (-1 for IPv4), prefix length; repeated.
     */
    @HostAccess.Export
    public Object[] networkInterfaces() {
        List<Object> flat = new ArrayList<>();
        try {
            List<NetworkInterface> up = NetworkInterface.networkInterfaces().filter(OsBinding::isUp)
                    .sorted(Comparator.comparingInt(NetworkInterface::getIndex)).toList();
            for (NetworkInterface nif : up) {
                byte[] hardware = nif.getHardwareAddress();
                String mac = HexFormat.ofDelimiter(":").formatHex(hardware == null ? new byte[6] : hardware);
                List<InterfaceAddress> addresses = nif.getInterfaceAddresses().stream()
                        .sorted(Comparator.comparing(a -> a.getAddress() instanceof Inet6Address)).toList();
                for (InterfaceAddress entry : addresses) {
                    InetAddress address = entry.getAddress();
                    boolean ipv6 = address instanceof Inet6Address;
                    int prefix = entry.getNetworkPrefixLength();
                    flat.add(nif.getName());
                    flat.add(IpText.text(address));
                    flat.add(IpText.text(netmask(prefix, ipv6 ? 16 : 4)));
                    flat.add(ipv6 ? "IPv6" : "IPv4");
                    flat.add(mac);
                    flat.add(nif.isLoopback());
                    flat.add(ipv6 ? scopeId((Inet6Address) address) : -1);
                    flat.add(prefix);
                }
            }
        } catch (SocketException e) {
            throw new UncheckedIOException(e);
        }
        return flat.toArray();
    }

    // The kernel gives a scope only to link-local addresses; Java reports the interface's index for all.
    private static int scopeId(Inet6Address address) {
        return address.isLinkLocalAddress() ? address.getScopeId() : 0;
    }

    private static boolean isUp(NetworkInterface nif) {
        try {
            return nif.isUp();
        } catch (SocketException e) {
            return false;
        }
    }

    private static InetAddress netmask(int prefix, int length) {
        byte[] mask = new byte[length];
        for (int bit = 0; bit < prefix && bit < length * 8; bit++) {
            mask[bit / 8] |= (byte) (0x80 >>> (bit % 8));
        }
        try {
            return InetAddress.getByAddress(mask);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // only for a wrong length
        }
    }
}
