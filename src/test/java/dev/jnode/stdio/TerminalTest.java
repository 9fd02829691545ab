package dev.jnode.stdio;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.junit.jupiter.api.Test;

class TerminalTest {
    private static final int OPOST = 0x1;
    private static final int ONLCR = 0x4;
    private static final int ICRNL = 0x100;
    private static final int ECHO = 0x8;
    private static final int ICANON = 0x2;
    private static final int ISIG = 0x1;

    @Test
    void rawModeKeepsOutputProcessingAsLibuvDoes() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment termios = arena.allocate(64, 4);
            // A cooked terminal: CR to NL on input, NL to CR NL on output, echo, line editing, signals.
            termios.set(ValueLayout.JAVA_INT, Terminal.C_IFLAG, ICRNL);
            termios.set(ValueLayout.JAVA_INT, Terminal.C_OFLAG, OPOST | ONLCR);
            termios.set(ValueLayout.JAVA_INT, Terminal.C_LFLAG, ECHO | ICANON | ISIG);
            Terminal.makeRaw(termios);
            assertThat(termios.get(ValueLayout.JAVA_INT, Terminal.C_IFLAG) & ICRNL).isZero();
            // cfmakeraw would clear OPOST: "\n" would then no longer return to the left edge.
            assertThat(termios.get(ValueLayout.JAVA_INT, Terminal.C_OFLAG)).isEqualTo(OPOST | ONLCR);
            assertThat(termios.get(ValueLayout.JAVA_INT, Terminal.C_LFLAG) & (ECHO | ICANON | ISIG)).isZero();
        }
    }
}
