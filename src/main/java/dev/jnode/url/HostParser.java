package dev.jnode.url;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.shadowed.com.ibm.icu.text.IDNA;

/**
 * The URL Standard's host parser and serializer: domains (through UTS #46 processing), IPv4 in all its
 * legacy number forms, IPv6 with compression, and opaque hosts of non-special URLs. A parsed host is
 * returned in its serialized form; {@code null} means failure.
 *
 * <p>IDNA uses ICU4J's UTS #46 implementation, the reference one, in the copy GraalJS already ships for
 * {@code Intl} (so it costs no extra jar). {@code java.net.IDN} implements IDNA2003 and maps differently.
 */
final class HostParser {
    private static final String FORBIDDEN_HOST = "\0\t\n\r #/:<>?@[\\]^|";
    // What the URL Standard asks of UTS #46: nontransitional, CheckBidi, CheckJoiners, no STD3 rules, no
    // hyphen or DNS length checks (ICU reports those as errors, which domainToAscii ignores).
    private static final IDNA UTS46 = IDNA.getUTS46Instance(IDNA.NONTRANSITIONAL_TO_ASCII
            | IDNA.NONTRANSITIONAL_TO_UNICODE | IDNA.CHECK_BIDI | IDNA.CHECK_CONTEXTJ);
    private static final java.util.Set<IDNA.Error> IGNORED = java.util.EnumSet.of(IDNA.Error.LEADING_HYPHEN,
            IDNA.Error.TRAILING_HYPHEN, IDNA.Error.HYPHEN_3_4, IDNA.Error.EMPTY_LABEL, IDNA.Error.LABEL_TOO_LONG,
            IDNA.Error.DOMAIN_NAME_TOO_LONG);

    private HostParser() {
    }

    /** Parses {@code input}; {@code opaque} is true for a non-special URL, whose host is not a domain. */
    static String parse(String input, boolean opaque) {
        if (input.startsWith("[")) {
            if (!input.endsWith("]") || input.length() < 2) {
                return null;
            }
            int[] pieces = parseIpv6(input.substring(1, input.length() - 1));
            return pieces == null ? null : "[" + serializeIpv6(pieces) + "]";
        }
        if (opaque) {
            return parseOpaque(input);
        }
        String domain = PercentEncoding.decode(input);
        String ascii = domainToAscii(domain, false);
        if (ascii == null || ascii.isEmpty()) {
            return null;
        }
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if (FORBIDDEN_HOST.indexOf(c) >= 0 || c < 0x20 || c == '%' || c == 0x7F) {
                return null;
            }
        }
        if (endsInNumber(ascii)) {
            long ipv4 = parseIpv4(ascii);
            return ipv4 < 0 ? null : serializeIpv4(ipv4);
        }
        return ascii;
    }

    /** UTS #46 ToASCII as the URL Standard applies it; {@code null} on failure. */
    static String domainToAscii(String domain, boolean beStrict) {
        if (!beStrict && isPlainAscii(domain)) {
            return domain.toLowerCase(java.util.Locale.ROOT);
        }
        IDNA.Info info = new IDNA.Info();
        StringBuilder out = UTS46.nameToASCII(domain, new StringBuilder(), info);
        if (hasErrors(info)) {
            return null;
        }
        return out.toString();
    }

    /**
     * The host conversion of the legacy {@code url.parse}: an ASCII host is only lower-cased (no IPv4 number
     * parsing, even an invalid "xn--" label is kept), any other goes through UTS #46 ToASCII; {@code null} when
     * that fails.
     */
    static String legacyDomainToAscii(String domain) {
        if (domain.chars().allMatch(c -> c < 0x80)) {
            return domain.toLowerCase(java.util.Locale.ROOT);
        }
        return domainToAscii(domain, false);
    }

    /** UTS #46 ToUnicode; {@code null} when a label is invalid. */
    static String domainToUnicode(String domain) {
        IDNA.Info info = new IDNA.Info();
        StringBuilder out = UTS46.nameToUnicode(domain, new StringBuilder(), info);
        return hasErrors(info) ? null : out.toString();
    }

    private static boolean hasErrors(IDNA.Info info) {
        for (IDNA.Error error : info.getErrors()) {
            if (!IGNORED.contains(error)) {
                return true;
            }
        }
        return false;
    }

    /** ASCII with no label starting "xn--": then ToASCII is plain lower-casing (the Standard's fast path). */
    private static boolean isPlainAscii(String domain) {
        for (int i = 0; i < domain.length(); i++) {
            if (domain.charAt(i) >= 0x80) {
                return false;
            }
        }
        for (String label : domain.split("\\.", -1)) {
            if (label.regionMatches(true, 0, "xn--", 0, 4)) {
                return false;
            }
        }
        return true;
    }

    private static String parseOpaque(String input) {
        for (int i = 0; i < input.length(); i++) {
            if (FORBIDDEN_HOST.indexOf(input.charAt(i)) >= 0) {
                return null;
            }
        }
        return PercentEncoding.encode(input, PercentEncoding.Set.C0_CONTROL);
    }

    private static boolean endsInNumber(String input) {
        List<String> parts = splitDots(input);
        if (parts.getLast().isEmpty()) {
            if (parts.size() == 1) {
                return false;
            }
            parts.removeLast();
        }
        String last = parts.getLast();
        if (!last.isEmpty() && last.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return true;
        }
        return parseIpv4Number(last) != null;
    }

    private static List<String> splitDots(String input) {
        return new ArrayList<>(List.of(input.split("\\.", -1)));
    }

    /** The IPv4 address as a number, or -1 on failure. */
    private static long parseIpv4(String input) {
        List<String> parts = splitDots(input);
        if (parts.getLast().isEmpty() && parts.size() > 1) {
            parts.removeLast();
        }
        if (parts.size() > 4) {
            return -1;
        }
        List<BigInteger> numbers = new ArrayList<>();
        for (String part : parts) {
            BigInteger n = parseIpv4Number(part);
            if (n == null) {
                return -1;
            }
            numbers.add(n);
        }
        BigInteger byteLimit = BigInteger.valueOf(255);
        for (int i = 0; i < numbers.size() - 1; i++) {
            if (numbers.get(i).compareTo(byteLimit) > 0) {
                return -1;
            }
        }
        BigInteger last = numbers.getLast();
        if (last.compareTo(BigInteger.valueOf(256).pow(5 - numbers.size())) >= 0) {
            return -1;
        }
        long ipv4 = last.longValue();
        for (int i = 0; i < numbers.size() - 1; i++) {
            ipv4 += numbers.get(i).longValue() << (8 * (3 - i));
        }
        return ipv4;
    }

    private static BigInteger parseIpv4Number(String input) {
        if (input.isEmpty()) {
            return null;
        }
        int radix = 10;
        if (input.length() >= 2 && input.charAt(0) == '0' && (input.charAt(1) == 'x' || input.charAt(1) == 'X')) {
            input = input.substring(2);
            radix = 16;
        } else if (input.length() >= 2 && input.charAt(0) == '0') {
            input = input.substring(1);
            radix = 8;
        }
        if (input.isEmpty()) {
            return BigInteger.ZERO;
        }
        for (int i = 0; i < input.length(); i++) {
            if (Character.digit(input.charAt(i), radix) < 0 || input.charAt(i) >= 0x80) {
                return null;
            }
        }
        return new BigInteger(input, radix);
    }

    private static String serializeIpv4(long address) {
        return (address >> 24 & 0xFF) + "." + (address >> 16 & 0xFF) + "." + (address >> 8 & 0xFF) + "."
                + (address & 0xFF);
    }

    /** The eight 16-bit pieces, or {@code null} on failure. */
    private static int[] parseIpv6(String input) {
        int[] address = new int[8];
        int pieceIndex = 0;
        int compress = -1;
        int p = 0;
        int n = input.length();
        if (p < n && input.charAt(p) == ':') {
            if (!input.startsWith("::")) {
                return null;
            }
            p += 2;
            compress = ++pieceIndex;
        }
        while (p < n) {
            if (pieceIndex == 8) {
                return null;
            }
            if (input.charAt(p) == ':') {
                if (compress != -1) {
                    return null;
                }
                p++;
                compress = ++pieceIndex;
                continue;
            }
            int value = 0;
            int length = 0;
            while (length < 4 && p < n && hexDigit(input.charAt(p)) >= 0) {
                value = value * 16 + hexDigit(input.charAt(p));
                p++;
                length++;
            }
            if (p < n && input.charAt(p) == '.') {
                if (length == 0) {
                    return null;
                }
                p -= length;
                if (pieceIndex > 6) {
                    return null;
                }
                int numbersSeen = 0;
                while (p < n) {
                    int ipv4Piece = -1;
                    if (numbersSeen > 0) {
                        if (input.charAt(p) == '.' && numbersSeen < 4) {
                            p++;
                        } else {
                            return null;
                        }
                    }
                    if (p >= n || !isDigit(input.charAt(p))) {
                        return null;
                    }
                    while (p < n && isDigit(input.charAt(p))) {
                        int number = input.charAt(p) - '0';
                        if (ipv4Piece == -1) {
                            ipv4Piece = number;
                        } else if (ipv4Piece == 0) {
                            return null;
                        } else {
                            ipv4Piece = ipv4Piece * 10 + number;
                        }
                        if (ipv4Piece > 255) {
                            return null;
                        }
                        p++;
                    }
                    address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
                    numbersSeen++;
                    if (numbersSeen == 2 || numbersSeen == 4) {
                        pieceIndex++;
                    }
                }
                if (numbersSeen != 4) {
                    return null;
                }
                break;
            } else if (p < n && input.charAt(p) == ':') {
                p++;
                if (p >= n) {
                    return null;
                }
            } else if (p < n) {
                return null;
            }
            address[pieceIndex++] = value;
        }
        if (compress != -1) {
            int swaps = pieceIndex - compress;
            pieceIndex = 7;
            while (pieceIndex != 0 && swaps > 0) {
                int other = compress + swaps - 1;
                int t = address[pieceIndex];
                address[pieceIndex] = address[other];
                address[other] = t;
                pieceIndex--;
                swaps--;
            }
        } else if (pieceIndex != 8) {
            return null;
        }
        return address;
    }

    private static String serializeIpv6(int[] address) {
        // The first longest run of two or more zero pieces is compressed to "::".
        int compress = -1;
        int longest = 1;
        for (int i = 0; i < 8; i++) {
            int j = i;
            while (j < 8 && address[j] == 0) {
                j++;
            }
            if (j - i > longest) {
                longest = j - i;
                compress = i;
            }
            i = Math.max(i, j);
        }
        StringBuilder out = new StringBuilder();
        boolean ignore0 = false;
        for (int i = 0; i < 8; i++) {
            if (ignore0 && address[i] == 0) {
                continue;
            }
            ignore0 = false;
            if (compress == i) {
                out.append(i == 0 ? "::" : ":");
                ignore0 = true;
                continue;
            }
            out.append(Integer.toHexString(address[i]));
            if (i != 7) {
                out.append(':');
            }
        }
        return out.toString();
    }

    private static int hexDigit(char c) {
        return c < 0x80 ? Character.digit(c, 16) : -1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
