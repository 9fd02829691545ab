package dev.jnode.pm.semver;

import java.util.regex.Pattern;

/**
 * The grammar of npm's semver as regular expressions, in their length-bounded ("safe") form.
 *
 * <p>npm matches with bounded repetitions ({@code \s} at most once, digits at most 256, identifier
 * characters at most 250) to avoid pathological backtracking; the bounds change which inputs match,
 * so we apply the same bounds to stay exact.
 */
final class Patterns {
    private Patterns() {}

    static final int MAX_LENGTH = 256;
    static final long MAX_SAFE_INTEGER = 9007199254740991L;
    private static final String LDN = "[a-zA-Z0-9-]";

    private static String safe(String re) {
        String[][] bounds = {{"\\s", "1"}, {"\\d", String.valueOf(MAX_LENGTH)}, {LDN, String.valueOf(MAX_LENGTH - 6)}};
        for (String[] b : bounds) {
            re = re.replace(b[0] + "*", b[0] + "{0," + b[1] + "}").replace(b[0] + "+", b[0] + "{1," + b[1] + "}");
        }
        return re;
    }

    // Source forms (unbounded), composed like the original grammar, then made safe once.
    static final String NUMERIC_ID = "0|[1-9]\\d*";
    static final String NUMERIC_ID_LOOSE = "\\d+";
    static final String NON_NUMERIC_ID = "\\d*[a-zA-Z-]" + LDN + "*";
    static final String MAIN = "(" + NUMERIC_ID + ")\\.(" + NUMERIC_ID + ")\\.(" + NUMERIC_ID + ")";
    static final String MAIN_LOOSE = "(" + NUMERIC_ID_LOOSE + ")\\.(" + NUMERIC_ID_LOOSE + ")\\.(" + NUMERIC_ID_LOOSE + ")";
    static final String PRE_ID = "(?:" + NON_NUMERIC_ID + "|" + NUMERIC_ID + ")";
    static final String PRE_ID_LOOSE = "(?:" + NON_NUMERIC_ID + "|" + NUMERIC_ID_LOOSE + ")";
    static final String PRERELEASE_SRC = "(?:-(" + PRE_ID + "(?:\\." + PRE_ID + ")*))";
    static final String PRERELEASE_LOOSE_SRC = "(?:-?(" + PRE_ID_LOOSE + "(?:\\." + PRE_ID_LOOSE + ")*))";
    static final String BUILD_ID = LDN + "+";
    static final String BUILD_SRC = "(?:\\+(" + BUILD_ID + "(?:\\." + BUILD_ID + ")*))";
    static final String FULL_PLAIN = "v?" + MAIN + PRERELEASE_SRC + "?" + BUILD_SRC + "?";
    static final String LOOSE_PLAIN = "[v=\\s]*" + MAIN_LOOSE + PRERELEASE_LOOSE_SRC + "?" + BUILD_SRC + "?";
    static final String GTLT = "((?:<|>)?=?)";
    static final String XR_ID_LOOSE = NUMERIC_ID_LOOSE + "|x|X|\\*";
    static final String XR_ID = NUMERIC_ID + "|x|X|\\*";
    static final String XRANGE_PLAIN = "[v=\\s]*(" + XR_ID + ")(?:\\.(" + XR_ID + ")(?:\\.(" + XR_ID + ")(?:"
            + PRERELEASE_SRC + ")?" + BUILD_SRC + "?)?)?";
    static final String XRANGE_PLAIN_LOOSE = "[v=\\s]*(" + XR_ID_LOOSE + ")(?:\\.(" + XR_ID_LOOSE + ")(?:\\.("
            + XR_ID_LOOSE + ")(?:" + PRERELEASE_LOOSE_SRC + ")?" + BUILD_SRC + "?)?)?";
    static final String LONE_TILDE = "(?:~>?)";
    static final String LONE_CARET = "(?:\\^)";

    static final Pattern FULL = Pattern.compile(safe("^" + FULL_PLAIN + "$"));
    static final Pattern LOOSE = Pattern.compile(safe("^" + LOOSE_PLAIN + "$"));
    static final Pattern PRERELEASE = Pattern.compile(safe(PRERELEASE_SRC));
    static final Pattern PRERELEASE_LOOSE = Pattern.compile(safe(PRERELEASE_LOOSE_SRC));
    static final Pattern BUILD = Pattern.compile(safe(BUILD_SRC));
    /** Unbounded on purpose: npm strips build metadata from whole ranges with the unbounded form. */
    static final Pattern BUILD_STRIP = Pattern.compile(BUILD_SRC);
    static final Pattern XRANGE = Pattern.compile(safe("^" + GTLT + "\\s*" + XRANGE_PLAIN + "$"));
    static final Pattern XRANGE_LOOSE = Pattern.compile(safe("^" + GTLT + "\\s*" + XRANGE_PLAIN_LOOSE + "$"));
    static final Pattern TILDE_TRIM = Pattern.compile(safe("(\\s*)" + LONE_TILDE + "\\s+"));
    static final Pattern TILDE = Pattern.compile(safe("^" + LONE_TILDE + XRANGE_PLAIN + "$"));
    static final Pattern TILDE_LOOSE = Pattern.compile(safe("^" + LONE_TILDE + XRANGE_PLAIN_LOOSE + "$"));
    static final Pattern CARET_TRIM = Pattern.compile(safe("(\\s*)" + LONE_CARET + "\\s+"));
    static final Pattern CARET = Pattern.compile(safe("^" + LONE_CARET + XRANGE_PLAIN + "$"));
    static final Pattern CARET_LOOSE = Pattern.compile(safe("^" + LONE_CARET + XRANGE_PLAIN_LOOSE + "$"));
    static final Pattern COMPARATOR = Pattern.compile(safe("^" + GTLT + "\\s*(" + FULL_PLAIN + ")$|^$"));
    static final Pattern COMPARATOR_LOOSE = Pattern.compile(safe("^" + GTLT + "\\s*(" + LOOSE_PLAIN + ")$|^$"));
    static final Pattern COMPARATOR_TRIM =
            Pattern.compile(safe("(\\s*)" + GTLT + "\\s*(" + LOOSE_PLAIN + "|" + XRANGE_PLAIN + ")"));
    static final Pattern HYPHEN_RANGE =
            Pattern.compile(safe("^\\s*(" + XRANGE_PLAIN + ")\\s+-\\s+(" + XRANGE_PLAIN + ")\\s*$"));
    static final Pattern HYPHEN_RANGE_LOOSE =
            Pattern.compile(safe("^\\s*(" + XRANGE_PLAIN_LOOSE + ")\\s+-\\s+(" + XRANGE_PLAIN_LOOSE + ")\\s*$"));
    static final Pattern STAR = Pattern.compile(safe("(<|>)?=?\\s*\\*"));
    static final Pattern GTE0 = Pattern.compile(safe("^\\s*>=\\s*0\\.0\\.0\\s*$"));
    static final Pattern GTE0_PRE = Pattern.compile(safe("^\\s*>=\\s*0\\.0\\.0-0\\s*$"));
    static final Pattern WHITESPACE = Pattern.compile("\\s+");
    static final Pattern DIGITS = Pattern.compile("^[0-9]+$");
}
