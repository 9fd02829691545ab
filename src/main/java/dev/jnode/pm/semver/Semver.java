package dev.jnode.pm.semver;

import java.util.Collection;
import java.util.List;

/** npm's semver functions over {@link Version} and {@link Range}: satisfies, gtr/ltr, inc, truncate, maxSatisfying. */
public final class Semver {
    private Semver() {}

    private static final List<String> RELEASE_TYPES =
            List.of("major", "premajor", "minor", "preminor", "patch", "prepatch", "prerelease");

    public static boolean satisfies(String version, String range, SemverOptions options) {
        Range r = Range.tryParse(range, options);
        return r != null && r.test(version);
    }

    public static boolean satisfies(String version, String range) {
        return satisfies(version, range, SemverOptions.DEFAULT);
    }

    /** The normalised version, or null when invalid ({@code semver.valid}). */
    public static String valid(String version, SemverOptions options) {
        Version v = Version.tryParse(version, options);
        return v == null ? null : v.toString();
    }

    /** The normalised range, or null when invalid ({@code semver.validRange}). */
    public static String validRange(String range, SemverOptions options) {
        Range r = Range.tryParse(range, options);
        return r == null ? null : (r.toString().isEmpty() ? "*" : r.toString());
    }

    /** Whether the version is greater than every version the range allows. */
    public static boolean gtr(String version, String range, SemverOptions options) {
        return outside(version, range, '>', options);
    }

    /** Whether the version is less than every version the range allows. */
    public static boolean ltr(String version, String range, SemverOptions options) {
        return outside(version, range, '<', options);
    }

    static boolean outside(String versionText, String rangeText, char hilo, SemverOptions options) {
        Version version = Version.parse(versionText, options);
        Range range = new Range(rangeText, options);
        if (range.test(version)) {
            return false;
        }
        boolean hi = hilo == '>';
        String comp = hi ? ">" : "<";
        String ecomp = hi ? ">=" : "<=";
        for (List<Comparator> comparators : range.set) {
            Comparator high = null;
            Comparator low = null;
            for (Comparator c : comparators) {
                if (c.isAny()) {
                    c = new Comparator(">=0.0.0", SemverOptions.DEFAULT);
                }
                if (high == null) {
                    high = c;
                }
                if (low == null) {
                    low = c;
                }
                int vsHigh = c.semver.compareTo(high.semver);
                int vsLow = c.semver.compareTo(low.semver);
                if (hi ? vsHigh > 0 : vsHigh < 0) {
                    high = c;
                } else if (hi ? vsLow < 0 : vsLow > 0) {
                    low = c;
                }
            }
            if (high.operator.equals(comp) || high.operator.equals(ecomp)) {
                return false;
            }
            int v = version.compareTo(low.semver);
            if ((low.operator.isEmpty() || low.operator.equals(comp)) && (hi ? v <= 0 : v >= 0)) {
                return false;
            } else if (low.operator.equals(ecomp) && (hi ? v < 0 : v > 0)) {
                return false;
            }
        }
        return true;
    }

    /** {@code semver.inc}: the incremented version text, or null where npm returns null. */
    public static String inc(String version, String release, SemverOptions options, String identifier,
            Object identifierBase) {
        try {
            return Version.parse(version, options).inc(release, identifier, identifierBase).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** {@code semver.truncate}: drops the parts below the release level, or null. */
    public static String truncate(String version, String release, SemverOptions options) {
        if (!RELEASE_TYPES.contains(release)) {
            return null;
        }
        Version v = Version.tryParse(version, options);
        if (v == null) {
            return null;
        }
        if (release.startsWith("pre")) {
            return v.toString();
        }
        return switch (release) {
            case "major" -> v.major + ".0.0";
            case "minor" -> v.major + "." + v.minor + ".0";
            default -> v.major + "." + v.minor + "." + v.patch;
        };
    }

    public static boolean intersects(String r1, String r2, SemverOptions options) {
        return new Range(r1, options).intersects(new Range(r2, options), options);
    }

    /** The highest version in the collection that satisfies the range, or null. */
    public static Version maxSatisfying(Collection<Version> versions, Range range) {
        Version best = null;
        for (Version v : versions) {
            if (range.test(v) && (best == null || v.compareTo(best) > 0)) {
                best = v;
            }
        }
        return best;
    }
}
