package dev.jnode.loop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HandleRefTest {

    private static boolean alive(EventLoop loop) {
        loop.setPhases(new NoPhases());
        return loop.isAlive();
    }

    @Test
    void anActiveRefedHandleKeepsTheLoopAliveUntilItStops() {
        EventLoop loop = new EventLoop();
        HandleRef handle = new HandleRef(loop, true);
        assertThat(alive(loop)).isTrue();
        handle.setActive(false);
        assertThat(alive(loop)).isFalse();
    }

    @Test
    void unrefWhileActiveReleasesTheLoopAndRefTakesItBack() {
        EventLoop loop = new EventLoop();
        HandleRef handle = new HandleRef(loop, true);
        handle.unref();
        handle.unref();
        assertThat(alive(loop)).isFalse();
        handle.ref();
        handle.ref();
        assertThat(alive(loop)).isTrue();
    }

    @Test
    void anUnrefedHandleStartingAndStoppingNeverHoldsTheLoop() {
        EventLoop loop = new EventLoop();
        HandleRef handle = new HandleRef(loop, false);
        handle.unref();
        handle.setActive(true);
        assertThat(alive(loop)).isFalse();
        handle.setActive(false);
        handle.ref();
        assertThat(alive(loop)).isFalse();
        handle.setActive(true);
        handle.setActive(true);
        assertThat(alive(loop)).isTrue();
    }
}
