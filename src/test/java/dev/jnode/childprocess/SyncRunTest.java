package dev.jnode.childprocess;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SyncRunTest {
    private static final String[] ENV = {"PATH=/usr/bin:/bin"};
    private static final int[] PIPES = {Spawner.PIPE, Spawner.PIPE, Spawner.PIPE};

    private static SyncRun.Result sh(String script, byte[] input, long timeoutMs, double maxBuffer) {
        return SyncRun.run(new Spawner.Request("sh", new String[] {"sh", "-c", script}, ENV, null, PIPES, false),
                input, timeoutMs, 15, maxBuffer);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void exitCodeAndOutputOfEachPipe() {
        SyncRun.Result r = sh("echo out; echo err >&2; exit 3", null, 0, Double.POSITIVE_INFINITY);
        assertThat(r.started()).isTrue();
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.signal()).isEqualTo(-1);
        assertThat(r.errno()).isZero();
        assertThat(r.output()[0]).isNull();
        assertThat(text(r.output()[1])).isEqualTo("out\n");
        assertThat(text(r.output()[2])).isEqualTo("err\n");
    }

    @Test
    void aSignalDeathIsNotAnExitCode() {
        SyncRun.Result r = sh("kill -9 $$", null, 0, Double.POSITIVE_INFINITY);
        assertThat(r.exitCode()).isEqualTo(-1);
        assertThat(r.signal()).isEqualTo(9);
        SyncRun.Result exited = sh("exit 137", null, 0, Double.POSITIVE_INFINITY);
        assertThat(exited.exitCode()).isEqualTo(137);
        assertThat(exited.signal()).isEqualTo(-1);
    }

    @Test
    void inputReachesStdinEvenBeyondThePipeCapacity() {
        byte[] input = "x".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
        SyncRun.Result r = sh("wc -c", input, 0, Double.POSITIVE_INFINITY);
        assertThat(text(r.output()[1]).trim()).isEqualTo("1048576");
    }

    @Test
    void argvZeroIsWhatTheChildSees() {
        SyncRun.Result r = SyncRun.run(new Spawner.Request("sh", new String[] {"custom-name", "-c", "echo $0"}, ENV,
                "/", PIPES, false), null, 0, 15, Double.POSITIVE_INFINITY);
        assertThat(text(r.output()[1])).isEqualTo("custom-name\n");
    }

    @Test
    void theChildGetsExactlyTheGivenEnvironmentAndDirectory() {
        SyncRun.Result r = SyncRun.run(new Spawner.Request("/bin/sh", new String[] {"sh", "-c", "echo $A; pwd"},
                new String[] {"A=b"}, "/tmp", PIPES, false), null, 0, 15, Double.POSITIVE_INFINITY);
        assertThat(text(r.output()[1])).isEqualTo("b\n/tmp\n");
    }

    @Test
    void timeoutKillsWithTheKillSignal() {
        SyncRun.Result r = sh("sleep 10", null, 100, Double.POSITIVE_INFINITY);
        assertThat(r.errno()).isEqualTo(110);
        assertThat(r.signal()).isEqualTo(15);
    }

    @Test
    void maxBufferKillsAndReportsEnobufs() {
        SyncRun.Result r = sh("yes", null, 0, 10);
        assertThat(r.errno()).isEqualTo(105);
        assertThat(r.signal()).isEqualTo(15);
    }

    @Test
    void missingFileAndMissingDirectoryAreEnoent() {
        SyncRun.Result missing = SyncRun.run(new Spawner.Request("no-such-command-x", new String[] {"x"}, ENV, null,
                PIPES, false), null, 0, 15, 1e6);
        assertThat(missing.started()).isFalse();
        assertThat(missing.errno()).isEqualTo(2);
        SyncRun.Result badCwd = SyncRun.run(new Spawner.Request("sh", new String[] {"sh"}, ENV, "/no/such/dir",
                PIPES, false), null, 0, 15, 1e6);
        assertThat(badCwd.errno()).isEqualTo(2);
    }

    @Test
    void aDirectoryIsNotExecutable() {
        SyncRun.Result r = SyncRun.run(new Spawner.Request("/tmp", new String[] {"/tmp"}, ENV, null, PIPES, false),
                null, 0, 15, 1e6);
        assertThat(r.errno()).isEqualTo(13);
    }

    @Test
    void ignoredStdioIsDevNullAndSignalsAreReset() {
        int[] stdio = {Spawner.IGNORE, Spawner.PIPE, Spawner.IGNORE};
        SyncRun.Result r = SyncRun.run(new Spawner.Request("sh", new String[] {"sh", "-c",
            "cat; grep -E '^Sig(Blk|Ign)' /proc/self/status"}, ENV, null, stdio, false), null, 0, 15, 1e6);
        assertThat(r.output()[2]).isNull();
        assertThat(text(r.output()[1])).isEqualTo("SigBlk:\t0000000000000000\nSigIgn:\t0000000000000000\n");
    }
}
