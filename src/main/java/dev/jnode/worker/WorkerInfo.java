package dev.jnode.worker;

/**
 * What a worker's runtime knows of itself: its id and name, and its ends of the channels to its parent.
 *
 * @param threadId    worker_threads.threadId
 * @param threadName  worker_threads.threadName: the {@code name} option, else "WorkerThread"
 * @param publicPort  the end behind {@code parentPort}
 * @param controlPort the end that carries stdio, errors and the start-up data
 */
public record WorkerInfo(int threadId, String threadName, MessagePortHandle publicPort, MessagePortHandle controlPort) {
}
