package dev.jnode.childprocess;

/** A process could not be started (or a descriptor for it set up): the positive errno, as libuv reports it. */
public final class SpawnException extends RuntimeException {
    private final int errno;

    public SpawnException(int errno) {
        super("errno " + errno, null, false, false);
        this.errno = errno;
    }

    public int errno() {
        return errno;
    }
}
