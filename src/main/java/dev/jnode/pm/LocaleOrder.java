package dev.jnode.pm;

import java.util.Comparator;

/**
 * The string order of JavaScript's {@code a.localeCompare(b, 'en')} (ICU root collation) for the
 * characters found in package names and paths, which npm uses to sort lockfile and package.json keys.
 *
 * <p>Primary strength first (punctuation in ICU's order, then digits, then letters ignoring case),
 * then lower case before upper case, then code points. Characters outside the table sort after it by
 * code point, which is an approximation of ICU, good enough for npm package names (URL-safe ASCII).
 */
public final class LocaleOrder implements Comparator<String> {
    public static final LocaleOrder INSTANCE = new LocaleOrder();

    // Measured with node: [...chars].sort((a, b) => a.localeCompare(b, 'en')).
    private static final String PUNCTUATION = "_-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$";
    private static final int[] PRIMARY = new int[128];

    static {
        for (int i = 0; i < 128; i++) {
            PRIMARY[i] = 1000 + i;
        }
        PRIMARY[' '] = 1;
        PRIMARY['\t'] = 1;
        for (int i = 0; i < PUNCTUATION.length(); i++) {
            PRIMARY[PUNCTUATION.charAt(i)] = 10 + i;
        }
        for (char c = '0'; c <= '9'; c++) {
            PRIMARY[c] = 100 + (c - '0');
        }
        for (char c = 'a'; c <= 'z'; c++) {
            PRIMARY[c] = 200 + (c - 'a');
            PRIMARY[Character.toUpperCase(c)] = 200 + (c - 'a');
        }
    }

    private LocaleOrder() {}

    private static int primary(char c) {
        return c < 128 ? PRIMARY[c] : 10_000 + c;
    }

    @Override
    public int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            int d = Integer.compare(primary(a.charAt(i)), primary(b.charAt(i)));
            if (d != 0) {
                return d;
            }
        }
        if (a.length() != b.length()) {
            return Integer.compare(a.length(), b.length());
        }
        for (int i = 0; i < n; i++) {
            boolean la = Character.isLowerCase(a.charAt(i));
            boolean lb = Character.isLowerCase(b.charAt(i));
            if (la != lb) {
                return la ? -1 : 1;
            }
        }
        return a.compareTo(b);
    }
}
