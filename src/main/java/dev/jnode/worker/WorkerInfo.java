package dev.jnode.worker;

/**
 * What a worker's runtime knows of itself: its id and name, and its ends of the channels to its parent.
 *
 * @param threadId    worker_threads.threadId
 * @param name        the {@code name} option (for debugging), or ""
 * @param publicPort  the end behind {@code parentPort}
 * @param controlPort the end that carries stdio, errors and the start-up data
 */
public record WorkerInfo(int threadId, String name, MessagePortHandle publicPort, MessagePortHandle controlPort) {
}
