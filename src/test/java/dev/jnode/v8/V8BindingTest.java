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
        assertThat(used).isPositive().isLessThanOrEqualTo(total);
        assertThat(limit).isEqualTo(Runtime.getRuntime().maxMemory()).isGreaterThanOrEqualTo(total);
        assertThat(stats[3]).isEqualTo(limit - used, offset(limit / 10));
    }

    @Test
    void youngAndOldGenerationsAndCodeCacheAreSpaces() {
        double[] spaces = binding.heapSpaceStatistics();
        assertThat(spaces).hasSize(12);
        for (int space = 0; space < 3; space++) {
            double size = spaces[space * 4];
            double used = spaces[space * 4 + 1];
            assertThat(used).as("space %d", space).isLessThanOrEqualTo(size);
        }
        assertThat(spaces[1]).as("new space in use").isPositive();
        assertThat(spaces[9]).as("code space in use").isPositive();
        assertThat(binding.codeSize()).as("code in the cache").isPositive();
    }
}
