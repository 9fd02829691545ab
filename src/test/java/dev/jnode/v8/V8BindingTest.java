package dev.jnode.v8;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

class V8BindingTest {
    private final V8Binding binding = new V8Binding();

    @Test
    void heapStatisticsDescribeTheJvmHeap() {
        double[] stats = binding.heapStatistics();
        double total = stats[0];
        double used = stats[4];
        double limit = stats[5];
        assertThat(stats).hasSize(9);
        assertThat(used).isPositive();
        assertThat(total).isPositive();
        assertThat(limit).isEqualTo(Runtime.getRuntime().maxMemory()).isGreaterThanOrEqualTo(total);
        assertThat(stats[3]).isEqualTo(limit - used, offset(limit / 10));
    }

    @Test
    void youngAndOldGenerationsAndCodeCacheAreSpaces() {
        // The JVM reads a pool's figures one at a time, so used and committed need not agree at any instant,
        // and the young generation may be empty right after a collection.
        double[] spaces = binding.heapSpaceStatistics();
        assertThat(spaces).hasSize(12);
        assertThat(java.util.Arrays.stream(spaces).min().orElse(0)).isNotNegative();
        assertThat(spaces[4]).as("old space size").isPositive();
        assertThat(spaces[9]).as("code space in use").isPositive();
        assertThat(binding.codeSize()).as("code in the cache").isPositive();
    }

    @Test
    void gcProfileRecordsAFullCollectionWithTheHeapBeforeAndAfter() throws InterruptedException {
        GcProfile profile = binding.startGcProfile();
        System.gc();
        Thread.sleep(500); // the JVM reports collections from its own thread
        double[] records = profile.stop();
        assertThat(records.length).isPositive().isEqualTo(records.length / GcProfile.RECORD_LENGTH
                * GcProfile.RECORD_LENGTH);
        int full = records.length - GcProfile.RECORD_LENGTH;
        assertThat(records[full]).isEqualTo(GcProfile.MARK_SWEEP_COMPACT);
        assertThat(records[full + 1]).as("cost").isNotNegative();
        int usedBefore = full + 2 + 4;
        int usedAfter = usedBefore + HeapFigures.HEAP_LENGTH + HeapFigures.SPACES_LENGTH;
        assertThat(records[usedBefore]).isPositive();
        assertThat(records[usedAfter]).isPositive();
        assertThat(profile.stop()).as("stopped").isEmpty();
    }
}
