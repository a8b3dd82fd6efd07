package de.quartier.shared;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.NioChannel;
import org.apache.tomcat.util.net.NioEndpoint;
import org.apache.tomcat.util.net.SocketBufferHandler;

/**
 * Tomcat's NIO HTTP/1.1 connector, but every kept-alive connection goes back to the poller after each response.
 *
 * <p>Stock Tomcat reads the next request of a keep-alive connection on the same thread whenever it has already
 * arrived. A virtual thread is never time-sliced, so under load one busy connection is served up to
 * {@code maxKeepAliveRequests} times in a row while the others wait: at 64 connections on one core the p99 was
 * 1.6 s although each request took 8 ms at most (docs/benchmarks.md, "Where the p99 tail comes from"). Here the
 * first read after a response reports "nothing yet"; the processor then hands the connection to the poller, which
 * sees the waiting bytes at its next select and queues the connection behind those already waiting. Nothing is
 * lost: the bytes stay in the socket and the selector is level-triggered. TLS connections (not used behind the
 * proxy) keep Tomcat's own channel.
 */
public class FairHttp11NioProtocol extends Http11NioProtocol {

    public FairHttp11NioProtocol() {
        super(new FairNioEndpoint());
    }

    static final class FairNioEndpoint extends NioEndpoint {
        @Override
        protected NioChannel createChannel(SocketBufferHandler buffer) {
            return isSSLEnabled() ? super.createChannel(buffer) : new YieldingChannel(buffer);
        }
    }

    /**
     * A channel whose first read after a write returns 0. Accessed by one thread at a time: the poller hands the
     * connection from thread to thread through its queues.
     */
    static final class YieldingChannel extends NioChannel {
        private boolean answered;

        YieldingChannel(SocketBufferHandler buffer) {
            super(buffer);
        }

        @Override
        public void reset(SocketChannel channel, NioEndpoint.NioSocketWrapper socketWrapper) throws IOException {
            answered = false;
            super.reset(channel, socketWrapper);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            answered = true;
            return super.write(src);
        }

        @Override
        public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
            answered = true;
            return super.write(srcs, offset, length);
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            if (answered) {
                answered = false;
                return 0;
            }
            return super.read(dst);
        }

        @Override
        public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
            if (answered) {
                answered = false;
                return 0;
            }
            return super.read(dsts, offset, length);
        }
    }
}
