package dev.jnode.net;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnode.loop.EventLoop;
import dev.jnode.loop.NoPhases;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class JsIoEventLoopTest {

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void anEchoServerRunsOnTheLoopThreadAndTheLoopEndsWhenItCloses() throws Exception {
        EventLoop loop = new EventLoop();
        loop.setPhases(new NoPhases());
        JsIoEventLoop io = new JsIoEventLoop(loop, EpollIoHandler.newFactory());
        List<Thread> handlerThreads = new CopyOnWriteArrayList<>();

        Channel server = new ServerBootstrap().group(io).channel(EpollServerSocketChannel.class)
                .childHandler(new ChannelInitializer<EpollSocketChannel>() {
                    @Override
                    protected void initChannel(EpollSocketChannel channel) {
                        channel.pipeline().addLast(new ChannelInboundHandlerAdapter() {
                            @Override
                            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                                handlerThreads.add(Thread.currentThread());
                                ctx.writeAndFlush(msg);
                            }
                        });
                    }
                })
                .bind(new InetSocketAddress("127.0.0.1", 0)).channel();
        loop.ref(); // the listening server keeps the loop alive, as a Node server does

        String[] echoed = new String[1];
        Thread client = new Thread(() -> {
            try {
                int port = waitForPort(server);
                try (Socket socket = new Socket("127.0.0.1", port)) {
                    OutputStream out = socket.getOutputStream();
                    out.write("hello".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    InputStream in = socket.getInputStream();
                    echoed[0] = new String(in.readNBytes(5), StandardCharsets.US_ASCII);
                }
            } catch (Exception e) {
                echoed[0] = e.toString();
            } finally {
                loop.post(() -> server.close().addListener(f -> loop.unref()));
            }
        });
        client.start();
        loop.run();
        client.join();
        io.shutdownGracefully(0, 0, TimeUnit.SECONDS);

        assertThat(echoed[0]).isEqualTo("hello");
        assertThat(handlerThreads).isNotEmpty().allMatch(t -> t == Thread.currentThread());
        assertThat(server.isOpen()).isFalse();
    }

    private static int waitForPort(Channel server) throws InterruptedException {
        for (int i = 0; i < 1000; i++) {
            if (server.localAddress() instanceof InetSocketAddress address && address.getPort() != 0) {
                return address.getPort();
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("the server never bound");
    }
}
