package dev.jnode.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventLoopTest {

    @Test
    void aLoopWithNothingToDoReturnsAtOnce() {
        EventLoop loop = new EventLoop();
        loop.setPhases(new NoPhases());
        long start = System.nanoTime();
        loop.run();
        assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
    }

    @Test
    void workPostedFromAnotherThreadRunsOnTheLoopThread() throws Exception {
        EventLoop loop = new EventLoop();
        loop.setPhases(new NoPhases());
        List<String> seen = new ArrayList<>();
        loop.ref();
        Thread other = new Thread(() -> loop.post(() -> {
            seen.add(Thread.currentThread().getName());
            loop.unref();
        }));
        Thread runner = new Thread(() -> {
            other.start();
            loop.run();
        }, "loop-thread");
        runner.start();
        runner.join(5000);
        assertThat(runner.isAlive()).isFalse();
        assertThat(seen).containsExactly("loop-thread");
    }

    @Test
    void signalledHandlesRunOnceEachInCreationOrder() {
        EventLoop loop = new EventLoop();
        loop.setPhases(new NoPhases());
        List<String> seen = new ArrayList<>();
        loop.signal(3, () -> seen.add("third"));
        loop.signal(1, () -> seen.add("first"));
        loop.signal(3, () -> seen.add("third again"));
        loop.signal(2, () -> seen.add("second"));
        loop.run();
        assertThat(seen).containsExactly("first", "second", "third");
    }

    @Test
    void aRefedTimerKeepsTheLoopAliveUntilItFires() {
        EventLoop loop = new EventLoop();
        NoPhases phases = new NoPhases();
        loop.setPhases(phases);
        phases.expiry = loop.updateTime() + 30;
        phases.refedTimer = true;
        long start = System.nanoTime();
        loop.run();
        assertThat(phases.timerRuns).isEqualTo(1);
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(25);
    }

    @Test
    void anUnrefedTimerDoesNotKeepTheLoopAlive() {
        EventLoop loop = new EventLoop();
        NoPhases phases = new NoPhases();
        loop.setPhases(phases);
        phases.expiry = loop.updateTime() + 10_000;
        loop.run();
        assertThat(phases.timerRuns).isZero();
    }

    @Test
    void deferredCallbacksRunInTheNextPendingPhase() {
        EventLoop loop = new EventLoop();
        loop.setPhases(new NoPhases());
        List<Integer> order = new ArrayList<>();
        loop.defer(() -> order.add(1));
        loop.onClose(() -> order.add(2));
        loop.run();
        assertThat(order).containsExactly(1, 2);
    }

    @Test
    void workPoolResultsArriveOnTheLoop() {
        EventLoop loop = new EventLoop();
        loop.setPhases(new NoPhases());
        List<Object> results = new ArrayList<>();
        WorkPool.shared().submit(loop, () -> 6 * 7, (value, failure) -> results.add(value));
        WorkPool.shared().submit(loop, () -> {
            throw new IllegalStateException("boom");
        }, (value, failure) -> results.add(failure.getMessage()));
        loop.run();
        assertThat(results).containsExactlyInAnyOrder(42, "boom");
    }
}
