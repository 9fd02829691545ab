package dev.jnode.stdio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnode.posix.Fds;
import java.io.ByteArrayOutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FdChannelTest {
    private final int[] pipe = new int[2];
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();

    private final FdChannel.Events recorder = new FdChannel.Events() {
        @Override
        public void data(byte[] chunk) {
            synchronized (received) {
                received.writeBytes(chunk);
            }
            events.add("data");
        }

        @Override
        public void end() {
            events.add("end");
        }

        @Override
        public void readFailed(int errno) {
            events.add("readFailed " + errno);
        }

        @Override
        public void written(long requestId, int errno) {
            events.add("written " + requestId + " " + errno);
        }

        @Override
        public void receivedFd(int fd) {
            events.add("fd " + fd);
        }
    };

    @BeforeEach
    void openPipe() {
        assertThat(Fds.pipe(pipe)).isZero();
    }

    @AfterEach
    void closePipe() {
        for (int fd : pipe) {
            if (fd >= 0) {
                Fds.close(fd);
            }
        }
    }

    private void closeEnd(int index) {
        Fds.close(pipe[index]);
        pipe[index] = -1;
    }

    private String next() throws InterruptedException {
        String event = events.poll(10, TimeUnit.SECONDS);
        assertThat(event).as("an event within 10 s").isNotNull();
        return event;
    }

    @Test
    void aWriteThatFitsCompletesAtOnce() {
        FdChannel writer = new FdChannel(pipe[1], false, recorder);
        assertThat(writer.makeNonBlocking()).isZero();
        assertThat(writer.write("hello".getBytes(), 1)).isEqualTo(FdChannel.WRITTEN);
        assertThat(readAvailable(pipe[0], 5)).isEqualTo("hello");
        assertThat(events).isEmpty();
        writer.close();
    }

    @Test
    void whatThePipeCannotTakeIsQueuedAndReportedInOrder() throws Exception {
        FdChannel writer = new FdChannel(pipe[1], false, recorder);
        writer.makeNonBlocking();
        byte[] big = new byte[200_000]; // more than a pipe's 64 KiB buffer
        Arrays.fill(big, (byte) 'x');
        assertThat(writer.write(big, 1)).isEqualTo(FdChannel.QUEUED);
        assertThat(writer.write("tail".getBytes(), 2)).isEqualTo(FdChannel.QUEUED);
        assertThat(writer.queuedWrites()).isEqualTo(2);

        FdChannel reader = new FdChannel(pipe[0], false, recorder);
        reader.readStart();
        String first = null;
        String second = null;
        while (second == null) {
            String event = next();
            if (event.startsWith("written")) {
                if (first == null) {
                    first = event;
                } else {
                    second = event;
                }
            }
        }
        assertThat(first).isEqualTo("written 1 0");
        assertThat(second).isEqualTo("written 2 0");
        writer.close();
        closeEnd(1);
        while (!next().equals("end")) {
            // data events until the end
        }
        synchronized (received) {
            assertThat(received.size()).isEqualTo(big.length + 4);
            assertThat(received.toString()).endsWith("xtail");
        }
        reader.close();
    }

    @Test
    void aClosedReaderFailsTheQueuedWritesWithEpipe() throws Exception {
        FdChannel writer = new FdChannel(pipe[1], false, recorder);
        writer.makeNonBlocking();
        assertThat(writer.write(new byte[200_000], 7)).isEqualTo(FdChannel.QUEUED);
        closeEnd(0);
        assertThat(next()).isEqualTo("written 7 32");
        assertThat(writer.write("more".getBytes(), 8)).isEqualTo(-32);
        writer.close();
    }

    @Test
    void aStoppedReaderLeavesTheBytesInThePipe() throws Exception {
        FdChannel reader = new FdChannel(pipe[0], false, recorder);
        reader.readStart();
        writeAll(pipe[1], "one");
        assertThat(next()).isEqualTo("data");
        reader.readStop();
        Thread.sleep(100); // let the pump see the stop
        writeAll(pipe[1], "two");
        Thread.sleep(200);
        assertThat(events).isEmpty();
        reader.readStart();
        assertThat(next()).isEqualTo("data");
        synchronized (received) {
            assertThat(received.toString()).isEqualTo("onetwo");
        }
        reader.close();
    }

    @Test
    void anOwnedDescriptorClosesWithTheChannel() throws Exception {
        FdChannel reader = new FdChannel(pipe[0], true, recorder);
        reader.readStart();
        reader.close();
        int fd = pipe[0];
        pipe[0] = -1;
        for (int i = 0; i < 100 && Fds.fileMode(fd) >= 0; i++) {
            Thread.sleep(10); // the pump thread closes it as it stops
        }
        assertThat(Fds.fileMode(fd)).isEqualTo(-Fds.EBADF);
    }

    @Test
    void anIpcChannelPassesADescriptorAlongWithItsBytes() throws Exception {
        int[] pair = new int[2];
        assertThat(Fds.socketPair(pair)).isZero();
        FdChannel sender = new FdChannel(pair[0], true, recorder);
        FdChannel receiver = new FdChannel(pair[1], true, recorder);
        sender.passFds();
        receiver.passFds();
        sender.makeNonBlocking();
        assertThat(sender.write("handle\n".getBytes(), 1, pipe[1])).isEqualTo(FdChannel.WRITTEN);
        receiver.readStart();
        String fdEvent = next();
        assertThat(fdEvent).startsWith("fd ");
        assertThat(next()).isEqualTo("data");
        synchronized (received) {
            assertThat(received.toString()).isEqualTo("handle\n");
        }
        // The copy is the same pipe: what goes in through it comes out of our read end.
        int copy = Integer.parseInt(fdEvent.substring(3));
        assertThat(copy).isNotEqualTo(pipe[1]);
        writeAll(copy, "through the copy");
        assertThat(readAvailable(pipe[0], 16)).isEqualTo("through the copy");
        Fds.close(copy);
        sender.close();
        receiver.close();
    }

    @Test
    void socketQueriesTellFamilyAndListening() {
        int[] pair = new int[2];
        assertThat(Fds.socketPair(pair)).isZero();
        assertThat(Fds.socketFamily(pair[0])).isEqualTo(1); // AF_UNIX
        assertThat(Fds.isListening(pair[0])).isFalse();
        assertThat(Fds.socketFamily(pipe[0])).isEqualTo(-88); // ENOTSOCK
        Fds.close(pair[0]);
        Fds.close(pair[1]);
    }

    private static void writeAll(int fd, String text) {
        try (Arena arena = Arena.ofConfined()) {
            byte[] bytes = text.getBytes();
            MemorySegment buf = arena.allocate(bytes.length);
            MemorySegment.copy(bytes, 0, buf, ValueLayout.JAVA_BYTE, 0, bytes.length);
            assertThat(Fds.write(Fds.errnoState(arena), fd, buf, bytes.length)).isEqualTo(bytes.length);
        }
    }

    private static String readAvailable(int fd, int length) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(length);
            long n = Fds.read(Fds.errnoState(arena), fd, buf);
            return new String(buf.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE));
        }
    }
}
