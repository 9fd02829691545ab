package dev.jnode.loop;

/** Phases with no JavaScript behind them: only what the test schedules. */
public final class NoPhases implements EventLoop.Phases {
    long expiry = -1;
    boolean refedTimer;
    int timerRuns;

    @Override
    public void runTimers(long nowMs) {
        if (expiry >= 0 && expiry <= nowMs) {
            timerRuns++;
            expiry = -1;
            refedTimer = false;
        }
    }

    @Override
    public void runImmediates() {
    }

    @Override
    public long nextTimerExpiry() {
        return expiry;
    }

    @Override
    public boolean hasRefedTimers() {
        return refedTimer;
    }

    @Override
    public boolean hasRefedImmediates() {
        return false;
    }

    @Override
    public boolean hasImmediates() {
        return false;
    }
}
