package dev.jnode.engine;

/** The Node.js release whose behaviour jnode reproduces, and jnode's own version. */
public final class NodeVersion {
    public static final String NODE = "v24.21.0";
    public static final String JNODE = "0.1.0";

    private NodeVersion() {
    }
}
