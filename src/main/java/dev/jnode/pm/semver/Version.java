package dev.jnode.pm.semver;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * A parsed semantic version with npm's parsing, ordering and increment rules.
 *
 * <p>Prerelease identifiers are {@link Long} when numeric (and below 2^53 - 1, as in JavaScript)
 * and {@link String} otherwise.
 */
public final class Version implements Comparable<Version> {
    final long major;
    final long minor;
    final long patch;
    final List<Object> prerelease;
    final List<String> build;
    final String raw;
    final SemverOptions options;
    private final String version;

    private Version(long major, long minor, long patch, List<Object> prerelease, List<String> build,
            String raw, SemverOptions options) {
        this.major = major;
        this.minor = minor;
        this.patch = patch;
        this.prerelease = List.copyOf(prerelease);
        this.build = List.copyOf(build);
        this.raw = raw;
        this.options = options;
        this.version = format(major, minor, patch, this.prerelease);
    }

    /** Parses strictly; throws {@link IllegalArgumentException} on anything npm's semver rejects. */
    public static Version parse(String text) {
        return parse(text, SemverOptions.DEFAULT);
    }

    public static Version parse(String text, SemverOptions options) {
        if (text == null) {
            throw new IllegalArgumentException("Invalid version. Must be a string.");
        }
        if (text.length() > Patterns.MAX_LENGTH) {
            throw new IllegalArgumentException("version is longer than " + Patterns.MAX_LENGTH + " characters");
        }
        Matcher m = (options.loose() ? Patterns.LOOSE : Patterns.FULL).matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("Invalid Version: " + text);
        }
        long major = component(m.group(1), "major");
        long minor = component(m.group(2), "minor");
        long patch = component(m.group(3), "patch");
        List<Object> pre = new ArrayList<>();
        if (m.group(4) != null && !m.group(4).isEmpty()) {
            for (String id : m.group(4).split("\\.", -1)) {
                pre.add(identifier(id));
            }
        }
        List<String> build = m.group(5) != null && !m.group(5).isEmpty()
                ? List.of(m.group(5).split("\\.", -1)) : List.of();
        return new Version(major, minor, patch, pre, build, text, options);
    }

    /** Parses, or returns null where npm's {@code semver.parse} returns null. */
    public static Version tryParse(String text, SemverOptions options) {
        try {
            return parse(text, options);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static Version tryParse(String text) {
        return tryParse(text, SemverOptions.DEFAULT);
    }

    private static long component(String digits, String name) {
        if (digits.length() <= 15) {
            return Long.parseLong(digits); // below 2^53 for sure; the common case, without BigInteger
        }
        BigInteger n = new BigInteger(digits);
        if (n.compareTo(BigInteger.valueOf(Patterns.MAX_SAFE_INTEGER)) > 0) {
            throw new IllegalArgumentException("Invalid " + name + " version");
        }
        return n.longValue();
    }

    /** A prerelease identifier as JavaScript would hold it: a number when it is all digits and small enough. */
    private static Object identifier(String id) {
        if (Patterns.DIGITS.matcher(id).matches()) {
            if (id.length() <= 15) {
                return Long.parseLong(id);
            }
            BigInteger n = new BigInteger(id);
            if (n.compareTo(BigInteger.valueOf(Patterns.MAX_SAFE_INTEGER)) < 0) {
                return n.longValue();
            }
        }
        return id;
    }

    private static String format(long major, long minor, long patch, List<Object> pre) {
        StringBuilder sb = new StringBuilder().append(major).append('.').append(minor).append('.').append(patch);
        if (!pre.isEmpty()) {
            sb.append('-');
            for (int i = 0; i < pre.size(); i++) {
                if (i > 0) {
                    sb.append('.');
                }
                sb.append(pre.get(i));
            }
        }
        return sb.toString();
    }

    public long major() { return major; }
    public long minor() { return minor; }
    public long patch() { return patch; }
    public List<Object> prerelease() { return prerelease; }
    public List<String> build() { return build; }
    public String raw() { return raw; }
    public boolean isPrerelease() { return !prerelease.isEmpty(); }

    /** The normalised version, without build metadata (npm's {@code version} property). */
    @Override
    public String toString() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Version v && v.version.equals(version);
    }

    @Override
    public int hashCode() {
        return version.hashCode();
    }

    @Override
    public int compareTo(Version other) {
        if (other.version.equals(version)) {
            return 0;
        }
        int c = compareMain(other);
        return c != 0 ? c : comparePre(other);
    }

    int compareMain(Version o) {
        int c = Long.compare(major, o.major);
        if (c == 0) {
            c = Long.compare(minor, o.minor);
        }
        if (c == 0) {
            c = Long.compare(patch, o.patch);
        }
        return Integer.signum(c);
    }

    int comparePre(Version o) {
        if (!prerelease.isEmpty() && o.prerelease.isEmpty()) {
            return -1;
        } else if (prerelease.isEmpty() && !o.prerelease.isEmpty()) {
            return 1;
        }
        return compareLists(prerelease, o.prerelease);
    }

    /** Compares including build metadata, as {@code semver.compareBuild}. */
    public int compareBuild(Version o) {
        int c = compareTo(o);
        return c != 0 ? c : compareLists(new ArrayList<>(build), new ArrayList<>(o.build));
    }

    private static int compareLists(List<?> a, List<?> b) {
        for (int i = 0; ; i++) {
            boolean aEnd = i >= a.size();
            boolean bEnd = i >= b.size();
            if (aEnd && bEnd) {
                return 0;
            } else if (bEnd) {
                return 1;
            } else if (aEnd) {
                return -1;
            } else if (!a.get(i).equals(b.get(i))) {
                return compareIdentifiers(a.get(i), b.get(i));
            }
        }
    }

    /** npm's identifier order: numbers numerically and before strings, strings by UTF-16 code units. */
    static int compareIdentifiers(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        String as = a.toString();
        String bs = b.toString();
        boolean anum = Patterns.DIGITS.matcher(as).matches();
        boolean bnum = Patterns.DIGITS.matcher(bs).matches();
        if (anum && bnum) {
            return Integer.signum(new BigInteger(as).compareTo(new BigInteger(bs)));
        }
        if (as.equals(bs)) {
            return 0;
        }
        if (anum) {
            return -1;
        }
        if (bnum) {
            return 1;
        }
        return as.compareTo(bs) < 0 ? -1 : 1;
    }

    /**
     * The version after a release increment, as {@code semver.inc}.
     *
     * @param identifier prerelease identifier such as {@code "beta"}, or null
     * @param identifierBase null (JavaScript undefined), {@link Boolean#FALSE} for no number, or "0"/"1"
     * @throws IllegalArgumentException when npm's semver throws
     */
    public Version inc(String release, String identifier, Object identifierBase) {
        Mutable v = new Mutable(this);
        v.inc(release, identifier, identifierBase);
        return new Version(v.major, v.minor, v.patch, v.pre, build, null, options).withRaw();
    }

    private Version withRaw() {
        String r = build.isEmpty() ? version : version + "+" + String.join(".", build);
        return new Version(major, minor, patch, prerelease, build, r, options);
    }

    private static final class Mutable {
        long major;
        long minor;
        long patch;
        List<Object> pre;
        final SemverOptions options;

        Mutable(Version v) {
            major = v.major;
            minor = v.minor;
            patch = v.patch;
            pre = new ArrayList<>(v.prerelease);
            options = v.options;
        }

        void inc(String release, String identifier, Object identifierBase) {
            boolean noBase = Boolean.FALSE.equals(identifierBase);
            boolean hasId = identifier != null && !identifier.isEmpty();
            if (release.startsWith("pre")) {
                if (!hasId && noBase) {
                    throw new IllegalArgumentException("invalid increment argument: identifier is empty");
                }
                if (hasId) {
                    Matcher m = (options.loose() ? Patterns.PRERELEASE_LOOSE : Patterns.PRERELEASE)
                            .matcher("-" + identifier);
                    if (!m.find() || !identifier.equals(m.group(1))) {
                        throw new IllegalArgumentException("invalid identifier: " + identifier);
                    }
                }
            }
            switch (release) {
                case "premajor" -> {
                    pre.clear();
                    patch = 0;
                    minor = 0;
                    major++;
                    inc("pre", identifier, identifierBase);
                }
                case "preminor" -> {
                    pre.clear();
                    patch = 0;
                    minor++;
                    inc("pre", identifier, identifierBase);
                }
                case "prepatch" -> {
                    pre.clear();
                    inc("patch", identifier, identifierBase);
                    inc("pre", identifier, identifierBase);
                }
                case "prerelease" -> {
                    if (pre.isEmpty()) {
                        inc("patch", identifier, identifierBase);
                    }
                    inc("pre", identifier, identifierBase);
                }
                case "release" -> {
                    if (pre.isEmpty()) {
                        throw new IllegalArgumentException("version is not a prerelease");
                    }
                    pre.clear();
                }
                case "major" -> {
                    if (minor != 0 || patch != 0 || pre.isEmpty()) {
                        major++;
                    }
                    minor = 0;
                    patch = 0;
                    pre.clear();
                }
                case "minor" -> {
                    if (patch != 0 || pre.isEmpty()) {
                        minor++;
                    }
                    patch = 0;
                    pre.clear();
                }
                case "patch" -> {
                    if (pre.isEmpty()) {
                        patch++;
                    }
                    pre.clear();
                }
                case "pre" -> incPre(identifier, hasId, identifierBase, noBase);
                default -> throw new IllegalArgumentException("invalid increment argument: " + release);
            }
        }

        private void incPre(String identifier, boolean hasId, Object identifierBase, boolean noBase) {
            long base = jsNumberTruthy(identifierBase) ? 1 : 0;
            if (pre.isEmpty()) {
                pre.add(base);
            } else {
                int i = pre.size();
                while (--i >= 0) {
                    if (pre.get(i) instanceof Long n) {
                        pre.set(i, n + 1);
                        i = -2;
                    }
                }
                if (i == -1) {
                    if (identifier != null && identifier.equals(join(pre)) && noBase) {
                        throw new IllegalArgumentException("invalid increment argument: identifier already exists");
                    }
                    pre.add(base);
                }
            }
            if (hasId) {
                List<Object> fresh = noBase ? List.of(identifier) : List.of(identifier, base);
                String[] ids = identifier.split("\\.", -1);
                if (startsWithIdentifiers(pre, ids)) {
                    Object after = ids.length < pre.size() ? pre.get(ids.length) : null;
                    if (!(after instanceof Long)) {
                        pre = new ArrayList<>(fresh);
                    }
                } else {
                    pre = new ArrayList<>(fresh);
                }
            }
        }

        private static boolean startsWithIdentifiers(List<Object> pre, String[] ids) {
            if (ids.length > pre.size()) {
                return false;
            }
            for (int i = 0; i < ids.length; i++) {
                if (compareIdentifiers(pre.get(i), ids[i]) != 0) {
                    return false;
                }
            }
            return true;
        }

        private static String join(List<Object> pre) {
            StringBuilder sb = new StringBuilder();
            for (Object o : pre) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(o);
            }
            return sb.toString();
        }

        /** JavaScript's {@code Number(x) ? 1 : 0} for the values an identifier base can take. */
        private static boolean jsNumberTruthy(Object x) {
            if (x == null || x instanceof Boolean) {
                return Boolean.TRUE.equals(x);
            }
            if (x instanceof Number n) {
                return n.doubleValue() != 0 && !Double.isNaN(n.doubleValue());
            }
            String s = x.toString().strip();
            if (s.isEmpty()) {
                return false;
            }
            try {
                double d = Double.parseDouble(s);
                return d != 0 && !Double.isNaN(d);
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }
}
