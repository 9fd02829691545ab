package dev.jnode.net;

import dev.jnode.loop.EventLoop;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelPromise;
import io.netty.channel.DefaultChannelPromise;
import io.netty.channel.IoEventLoop;
import io.netty.channel.IoHandle;
import io.netty.channel.IoHandler;
import io.netty.channel.IoHandlerContext;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.IoRegistration;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.util.concurrent.AbstractScheduledEventExecutor;
import io.netty.util.concurrent.DefaultPromise;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.GlobalEventExecutor;
import io.netty.util.concurrent.Promise;
import java.util.concurrent.TimeUnit;

/**
 * A Netty event loop whose thread is the JavaScript thread and whose waiting is jnode's poll phase: channels
 * register with it like with any Netty loop, their handlers run on the JS thread while the loop polls, and
 * tasks from other threads go through {@link EventLoop#post}. So a socket event reaches JavaScript without a
 * thread hand-off, as in libuv, and Netty's own loop machinery (its thread, its task queue) is not used.
 */
public final class JsIoEventLoop extends AbstractScheduledEventExecutor implements IoEventLoop, EventLoop.IoPoller {
    private final EventLoop loop;
    private final Thread jsThread;
    private final IoHandler handler;
    private final Promise<Void> terminated = new DefaultPromise<>(GlobalEventExecutor.INSTANCE);
    private boolean shutDown;

    /**
     * The JS thread's loop, made with its first socket of any kind (TCP or UDP): all its channels share it,
     * so that one epoll wait serves them all.
     */
    static JsIoEventLoop of(EventLoop loop) {
        if (loop.poller() instanceof JsIoEventLoop io) {
            return io;
        }
        Epoll.ensureAvailability(); // loads the native transport, which the channels' constructors need
        return new JsIoEventLoop(loop, EpollIoHandler.newFactory());
    }

    /** Made on the JS thread, which it then belongs to; from then on the loop's poll phase waits in epoll. */
    public JsIoEventLoop(EventLoop loop, IoHandlerFactory factory) {
        this.loop = loop;
        this.jsThread = Thread.currentThread();
        this.handler = factory.newHandler(this);
        handler.initialize();
        loop.attachPoller(this);
    }

    // ---- the poll phase ----

    @Override
    public void poll(long timeoutNanos) {
        long deadline = timeoutNanos < 0 ? -1 : System.nanoTime() + timeoutNanos;
        handler.run(new IoHandlerContext() {
            @Override
            public boolean canBlock() {
                return timeoutNanos != 0;
            }

            @Override
            public long delayNanos(long currentTimeNanos) {
                return deadline < 0 ? Long.MAX_VALUE : Math.max(0, deadline - currentTimeNanos);
            }

            @Override
            public long deadlineNanos() {
                return deadline;
            }
        });
        runDueScheduledTasks();
    }

    private void runDueScheduledTasks() {
        long now = getCurrentTimeNanos();
        Runnable task;
        while ((task = pollScheduledTask(now)) != null) {
            safeExecute(task);
        }
    }

    @Override
    public void wakeup() {
        handler.wakeup();
    }

    @Override
    public long nextDeadlineNanos() {
        // Netty's hasScheduledTasks() only counts tasks already due; a later one (a DNS query's timeout) must
        // bound the wait too. nextScheduledTaskNano() is the delay to the first task, or -1 when there is none.
        return nextScheduledTaskNano();
    }

    // ---- Netty's executor contract ----

    @Override
    public boolean inEventLoop(Thread thread) {
        return thread == jsThread;
    }

    @Override
    public boolean isExecutorThread(Thread thread) {
        return thread == jsThread;
    }

    /** Runs the task in the loop's next poll phase (also when called on the JS thread: never re-entrantly). */
    @Override
    public void execute(Runnable task) {
        loop.post(task);
    }

    @Override
    public IoEventLoop next() {
        return this;
    }

    @Override
    public IoEventLoop parent() {
        return this;
    }

    @Override
    public Future<IoRegistration> register(IoHandle handle) {
        Promise<IoRegistration> promise = newPromise();
        if (inEventLoop()) {
            registerNow(handle, promise);
        } else {
            execute(() -> registerNow(handle, promise));
        }
        return promise;
    }

    private void registerNow(IoHandle handle, Promise<IoRegistration> promise) {
        try {
            promise.setSuccess(handler.register(handle));
        } catch (Exception e) {
            promise.setFailure(e);
        }
    }

    // IoEventLoopGroup's defaults hand these to next(), which is this loop: they must be done here.
    @Override
    public ChannelFuture register(Channel channel) {
        return register(new DefaultChannelPromise(channel, this));
    }

    @Override
    public ChannelFuture register(ChannelPromise promise) {
        promise.channel().unsafe().register(this, promise);
        return promise;
    }

    @Override
    @Deprecated
    public ChannelFuture register(Channel channel, ChannelPromise promise) {
        return register(promise);
    }

    @Override
    public boolean isCompatible(Class<? extends IoHandle> handleType) {
        return handler.isCompatible(handleType);
    }

    @Override
    public boolean isIoType(Class<? extends IoHandler> handlerType) {
        return handler.getClass().equals(handlerType);
    }

    // ---- shutting down: at a worker's end, on the JS thread ----

    @Override
    public void close() {
        shutdownGracefully(0, 0, TimeUnit.SECONDS);
    }

    @Override
    public boolean isShuttingDown() {
        return shutDown;
    }

    @Override
    public Future<?> shutdownGracefully(long quietPeriod, long timeout, TimeUnit unit) {
        if (!shutDown) {
            shutDown = true;
            cancelScheduledTasks();
            handler.prepareToDestroy();
            handler.destroy();
            terminated.trySuccess(null);
        }
        return terminated;
    }

    @Override
    public Future<?> terminationFuture() {
        return terminated;
    }

    @Override
    @Deprecated
    public void shutdown() {
        shutdownGracefully(0, 0, TimeUnit.SECONDS);
    }

    @Override
    public boolean isShutdown() {
        return shutDown;
    }

    @Override
    public boolean isTerminated() {
        return shutDown;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return shutDown;
    }
}
