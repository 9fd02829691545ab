package dev.jnode.process;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Node resets at start-up every signal its parent left ignored (nohup's SIGHUP, a shell's SIGINT for background
 * jobs): otherwise a listener for it could never run, and the JVM refuses handlers for an ignored SIGHUP, SIGINT
 * or SIGTERM. The ignored set is read from /proc so that the usual start-up, with nothing ignored, loads no
 * native-call machinery.
 */
public final class InheritedSignals {
    /** SIGKILL and SIGSTOP cannot change; the JVM handles SIGPIPE and SIGXFSZ by ignoring them, as Node does. */
    private static final long KEPT = bit(9) | bit(19) | bit(13) | bit(25);

    private InheritedSignals() {
    }

    public static void resetIgnored() {
        long ignored = ignoredSignals() & ~KEPT;
        if (ignored != 0) {
            Posix.resetSignals(ignored);
        }
    }

    private static long bit(int signal) {
        return 1L << (signal - 1);
    }

    /** The SigIgn mask of /proc/self/status (bit n-1 for signal n); 0 where /proc cannot tell. */
    static long ignoredSignals() {
        byte[] status;
        try (FileInputStream in = new FileInputStream("/proc/self/status")) {
            status = in.readAllBytes();
        } catch (IOException e) {
            return 0; // not Linux, or /proc not mounted: leave the dispositions as they are
        }
        String text = new String(status, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("\nSigIgn:");
        if (at < 0) {
            return 0;
        }
        int end = text.indexOf('\n', at + 1);
        try {
            return Long.parseUnsignedLong(text.substring(at + 8, end < 0 ? text.length() : end).trim(), 16);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
