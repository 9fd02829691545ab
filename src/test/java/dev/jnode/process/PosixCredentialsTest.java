package dev.jnode.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PosixCredentialsTest {
    @Test
    void rootIsUserAndGroupZero() {
        assertThat(PosixCredentials.uidOf("root")).isZero();
        assertThat(PosixCredentials.gidOf("root")).isZero();
        assertThat(PosixCredentials.userName(0)).isEqualTo("root");
    }

    @Test
    void unknownNamesAreMinusOneAndUnknownIdsNull() {
        assertThat(PosixCredentials.uidOf("no-such-user-jnode")).isEqualTo(-1);
        assertThat(PosixCredentials.gidOf("no-such-group-jnode")).isEqualTo(-1);
        assertThat(PosixCredentials.userName(0x7ffffff0)).isNull();
    }

    @Test
    void settingTheCurrentEffectiveIdsSucceedsForAnyUser() {
        assertThat(PosixCredentials.set(PosixCredentials.Setter.SETEUID, Posix.geteuid())).isZero();
        assertThat(PosixCredentials.set(PosixCredentials.Setter.SETEGID, Posix.getegid())).isZero();
    }

    @Test
    void groupSettersAreTheOnesThatTakeGroupNames() {
        assertThat(PosixCredentials.Setter.SETGID.takesGroup()).isTrue();
        assertThat(PosixCredentials.Setter.SETEGID.takesGroup()).isTrue();
        assertThat(PosixCredentials.Setter.SETUID.takesGroup()).isFalse();
    }

    @Test
    void getgroupsListsTheGroupsTheKernelReports() throws Exception {
        String line = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status")).stream()
                .filter(l -> l.startsWith("Groups:")).findFirst().orElseThrow();
        int[] expected = java.util.Arrays.stream(line.substring("Groups:".length()).trim().split("\\s+"))
                .filter(s -> !s.isEmpty()).mapToInt(Integer::parseInt).toArray();
        assertThat(PosixCredentials.getgroups()).containsExactlyInAnyOrder(expected);
    }

    @Test
    void strerrorIsTheCLibraryText() {
        assertThat(Posix.strerror(1)).isEqualTo("Operation not permitted");
        assertThat(Posix.strerror(2)).isEqualTo("No such file or directory");
    }

    @Test
    void threadCpuTimeNeverGoesBackwards() {
        long[] before = Posix.threadRusage();
        long spin = 0;
        for (int i = 0; i < 5_000_000; i++) {
            spin += i % 7;
        }
        long[] after = Posix.threadRusage();
        assertThat(spin).isPositive();
        assertThat(after[0]).isGreaterThanOrEqualTo(before[0]);
        assertThat(after[1]).isGreaterThanOrEqualTo(before[1]);
    }
}
