package dev.jnode.stdio;

import dev.jnode.posix.Fds;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.HashMap;
import java.util.Map;

/**
 * Terminal controls behind node:tty: the window size ({@code TIOCGWINSZ}) and raw mode (libuv's, see {@link #makeRaw}),
 * with the settings found before the first change kept so that they are restored when the process ends, as
 * libuv's {@code uv_tty_reset_mode} does.
 */
final class Terminal {
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT;
    private static final ValueLayout ADDRESS = ValueLayout.ADDRESS;
    private static final long TIOCGWINSZ = 0x5413;
    private static final int TCSADRAIN = 1;
    /** glibc's {@code struct termios} is 60 bytes on x86-64; room to spare. */
    private static final long TERMIOS_SIZE = 64;

    private static final MethodHandle IOCTL = Linker.nativeLinker().downcallHandle(
            Linker.nativeLinker().defaultLookup().find("ioctl").orElseThrow(),
            FunctionDescriptor.of(INT, INT, ValueLayout.JAVA_LONG, ADDRESS), Linker.Option.firstVariadicArg(2),
            Linker.Option.captureCallState("errno"));
    private static final MethodHandle TCGETATTR = Fds.withErrno("tcgetattr", FunctionDescriptor.of(INT, INT, ADDRESS));
    private static final MethodHandle TCSETATTR = Fds.withErrno("tcsetattr",
            FunctionDescriptor.of(INT, INT, INT, ADDRESS));
    // glibc's struct termios on x86-64: four int flag words, then c_line and c_cc; Linux's flag values.
    static final long C_IFLAG = 0;
    static final long C_OFLAG = 4;
    private static final long C_CFLAG = 8;
    static final long C_LFLAG = 12;
    private static final long C_CC = 17;
    private static final int VTIME = 5;
    private static final int VMIN = 6;
    private static final int BRKINT = 0x2;
    private static final int INPCK = 0x10;
    private static final int ISTRIP = 0x20;
    private static final int ICRNL = 0x100;
    private static final int IXON = 0x400;
    private static final int ONLCR = 0x4;
    private static final int CS8 = 0x30;
    private static final int ISIG = 0x1;
    private static final int ICANON = 0x2;
    private static final int ECHO = 0x8;
    private static final int IEXTEN = 0x8000;

    /** Settings of each terminal before we first changed them. */
    private static final Map<Integer, byte[]> ORIGINAL = new HashMap<>();

    private Terminal() {
    }

    /** {columns, rows}, or {-errno} when {@code fd} is not a terminal. */
    static int[] windowSize(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Fds.errnoState(arena);
            MemorySegment size = arena.allocate(8, 2);
            if ((int) IOCTL.invokeExact(state, fd, TIOCGWINSZ, size) < 0) {
                return new int[] {-Fds.errno(state)};
            }
            int rows = Short.toUnsignedInt(size.get(ValueLayout.JAVA_SHORT, 0));
            int columns = Short.toUnsignedInt(size.get(ValueLayout.JAVA_SHORT, 2));
            return new int[] {columns, rows};
        } catch (Throwable t) {
            throw Fds.unexpected(t);
        }
    }

    /** Raw mode on (no echo, no line editing, no signals from keys) or back to the original; 0 or -errno. */
    static synchronized int setRawMode(int fd, boolean raw) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Fds.errnoState(arena);
            MemorySegment termios = arena.allocate(TERMIOS_SIZE, 4);
            byte[] original = ORIGINAL.get(fd);
            if (original == null) {
                if ((int) TCGETATTR.invokeExact(state, fd, termios) < 0) {
                    return -Fds.errno(state);
                }
                original = termios.toArray(ValueLayout.JAVA_BYTE);
                ORIGINAL.put(fd, original);
            }
            MemorySegment.copy(original, 0, termios, ValueLayout.JAVA_BYTE, 0, original.length);
            if (raw) {
                makeRaw(termios);
            }
            return (int) TCSETATTR.invokeExact(state, fd, TCSADRAIN, termios) < 0 ? -Fds.errno(state) : 0;
        } catch (Throwable t) {
            throw Fds.unexpected(t);
        }
    }

    /**
     * libuv's raw mode (uv_tty_set_mode), which Node's setRawMode uses: like cfmakeraw, but output processing
     * stays on, so "\n" still starts a new line at its left edge (ONLCR).
     */
    static void makeRaw(MemorySegment termios) {
        update(termios, C_IFLAG, ~(BRKINT | ICRNL | INPCK | ISTRIP | IXON), 0);
        update(termios, C_OFLAG, ~0, ONLCR);
        update(termios, C_CFLAG, ~0, CS8);
        update(termios, C_LFLAG, ~(ECHO | ICANON | IEXTEN | ISIG), 0);
        termios.set(ValueLayout.JAVA_BYTE, C_CC + VMIN, (byte) 1);
        termios.set(ValueLayout.JAVA_BYTE, C_CC + VTIME, (byte) 0);
    }

    private static void update(MemorySegment termios, long offset, int keep, int add) {
        termios.set(INT, offset, (termios.get(INT, offset) & keep) | add);
    }

    /** Puts every terminal we changed back as it was; for the end of the process. */
    static synchronized void restoreAll() {
        if (ORIGINAL.isEmpty()) {
            return;
        }
        for (int fd : ORIGINAL.keySet().toArray(Integer[]::new)) {
            setRawMode(fd, false);
        }
    }
}
