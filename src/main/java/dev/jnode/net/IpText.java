package dev.jnode.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;

/**
 * IP addresses as text, by libuv's rules (Node's sockets take and show addresses through them): strict literals
 * (a dotted quad, or IPv6 with an optional {@code %interface} zone) and the forms Node prints.
 */
public final class IpText {
    private IpText() {
    }

    /** An address as inet_ntop writes it: a dotted quad, or compressed IPv6 (IPv4-mapped with a dotted tail). */
    public static String text(InetAddress address) {
        return text(address.getAddress());
    }

    /**
     * The text of 4 or 16 address bytes. Needed for IPv4-mapped addresses, which the JDK turns into
     * Inet4Address objects.
     */
    static String text(byte[] raw) {
        if (raw.length == 4) {
            return dottedQuad(raw, 0);
        }
        if (isIpv4Mapped(raw)) {
            return "::ffff:" + dottedQuad(raw, 12);
        }
        StringBuilder groups = new StringBuilder();
        for (int i = 0; i < 16; i += 2) {
            groups.append(i == 0 ? "" : ":").append(Integer.toHexString(((raw[i] & 0xff) << 8) | (raw[i + 1] & 0xff)));
        }
        return TcpBinding.compressIpv6(groups.toString());
    }

    /** An IPv4 dotted quad (four decimal octets, no leading zeros, as inet_pton), or null. */
    static Inet4Address parseIpv4(String text) {
        String[] octets = text.split("\\.", -1);
        if (octets.length != 4) {
            return null;
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            if (!octets[i].matches("0|[1-9][0-9]{0,2}") || Integer.parseInt(octets[i]) > 255) {
                return null;
            }
            bytes[i] = (byte) Integer.parseInt(octets[i]);
        }
        return (Inet4Address) byAddress(bytes, 0);
    }

    /**
     * An IPv6 literal, or null. A zone names an interface whose index becomes the scope id; an unknown name
     * means scope 0, as if_nametoindex gives. IPv4-mapped addresses stay IPv6 addresses.
     */
    static Inet6Address parseIpv6(String text) {
        int percent = text.indexOf('%');
        String address = percent < 0 ? text : text.substring(0, percent);
        if (!address.contains(":") || !address.matches("[0-9A-Fa-f:.]+")) {
            return null;
        }
        InetAddress parsed;
        try {
            parsed = InetAddress.ofLiteral(address);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int scope = percent < 0 ? 0 : interfaceIndex(text.substring(percent + 1));
        return (Inet6Address) byAddress(ipv6Bytes(parsed), scope);
    }

    /** A literal of the family a socket was made for (udp6 sockets take IPv6 text only), or null. */
    static InetAddress parse(String text, boolean ipv6) {
        return ipv6 ? parseIpv6(text) : parseIpv4(text);
    }

    /** The 16 bytes of an IPv6 address; an IPv4 one as its IPv4-mapped form (as an IPv6 socket sees it). */
    static byte[] ipv6Bytes(InetAddress address) {
        byte[] raw = address.getAddress();
        if (raw.length == 16) {
            return raw;
        }
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        System.arraycopy(raw, 0, mapped, 12, 4);
        return mapped;
    }

    /**
     * [address, family, port] as Node shows a socket address: an IPv6 socket shows IPv4 peers as IPv4-mapped
     * addresses, and link-local IPv6 addresses carry their interface's name.
     */
    static Object[] describe(InetSocketAddress socketAddress, boolean ipv6Socket) {
        InetAddress ip = socketAddress.getAddress();
        int port = socketAddress.getPort();
        if (!ipv6Socket && ip instanceof Inet4Address) {
            return new Object[] {text(ip), "IPv4", port};
        }
        String text = text(byAddress(ipv6Bytes(ip), 0));
        if (ip instanceof Inet6Address six && six.isLinkLocalAddress() && six.getScopeId() > 0) {
            text += "%" + interfaceName(six.getScopeId());
        }
        return new Object[] {text, "IPv6", port};
    }

    private static boolean isIpv4Mapped(byte[] raw) {
        for (int i = 0; i < 10; i++) {
            if (raw[i] != 0) {
                return false;
            }
        }
        return raw[10] == (byte) 0xff && raw[11] == (byte) 0xff;
    }

    private static String dottedQuad(byte[] raw, int from) {
        return (raw[from] & 0xff) + "." + (raw[from + 1] & 0xff) + "." + (raw[from + 2] & 0xff) + "."
                + (raw[from + 3] & 0xff);
    }

    private static int interfaceIndex(String name) {
        try {
            NetworkInterface nif = NetworkInterface.getByName(name);
            return nif == null ? 0 : nif.getIndex();
        } catch (SocketException e) {
            return 0;
        }
    }

    private static String interfaceName(int index) {
        try {
            NetworkInterface nif = NetworkInterface.getByIndex(index);
            return nif == null ? Integer.toString(index) : nif.getName();
        } catch (SocketException e) {
            return Integer.toString(index);
        }
    }

    private static InetAddress byAddress(byte[] bytes, int scope) {
        try {
            return bytes.length == 4 ? InetAddress.getByAddress(bytes) : Inet6Address.getByAddress(null, bytes, scope);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // only thrown for a wrong length
        }
    }
}
