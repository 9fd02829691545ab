package dev.jnode.loop;

/**
 * How a handle keeps its loop alive, as in libuv: while it is active (reading, listening, running) and ref'd.
 * Used on the loop's thread only.
 */
public final class HandleRef {
    private final EventLoop loop;
    private boolean active;
    private boolean refed = true;

    public HandleRef(EventLoop loop, boolean active) {
        this.loop = loop;
        setActive(active);
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean now) {
        if (now != active) {
            active = now;
            if (refed) {
                if (now) {
                    loop.ref();
                } else {
                    loop.unref();
                }
            }
        }
    }

    public void ref() {
        if (!refed && active) {
            loop.ref();
        }
        refed = true;
    }

    public void unref() {
        if (refed && active) {
            loop.unref();
        }
        refed = false;
    }

    public boolean hasRef() {
        return refed;
    }
}
