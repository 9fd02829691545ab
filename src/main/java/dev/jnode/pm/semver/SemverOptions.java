package dev.jnode.pm.semver;

/** The two switches npm's semver accepts: loose parsing and prerelease inclusion in ranges. */
public record SemverOptions(boolean loose, boolean includePrerelease) {
    public static final SemverOptions DEFAULT = new SemverOptions(false, false);
    public static final SemverOptions LOOSE = new SemverOptions(true, false);
}
