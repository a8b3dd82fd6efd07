package de.quartier.shared;

import static org.assertj.core.api.Assertions.assertThat;

import de.quartier.QuartierTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tomcat.util.net.SocketBufferHandler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/** The connector hands kept-alive connections back to the poller after each response, and loses no request. */
@QuartierTest
class FairKeepAliveTest {

    private static final Pattern STATUS = Pattern.compile("HTTP/1\\.1 (\\d{3})");
    private static final Pattern LENGTH = Pattern.compile("(?i)content-length: *(\\d+)");

    @LocalServerPort
    int port;

    @Autowired
    WebServerApplicationContext context;

    @Test
    void theServerRunsTheFairConnector() {
        var tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
        assertThat(tomcat.getConnector().getProtocolHandler()).isInstanceOf(FairHttp11NioProtocol.class);
    }

    @Test
    void requestsOnOneKeptAliveConnectionAreAllAnswered() throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            for (int i = 0; i < 3; i++) {
                out.write(get("/actuator/health/liveness"));
                out.flush();
                assertThat(readResponse(in)).isEqualTo(200);
            }
            // two pipelined requests in one write: the second waits in the socket while the first is answered
            out.write(concat(get("/actuator/health/liveness"), get("/gibt-es-nicht-" + port)));
            out.flush();
            assertThat(readResponse(in)).isEqualTo(200);
            assertThat(readResponse(in)).isEqualTo(404);
        }
    }

    @Test
    void theFirstReadAfterAWriteYieldsAndTheBytesStayInTheSocket() throws IOException {
        try (ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress("127.0.0.1", 0));
            try (SocketChannel client = SocketChannel.open(server.getLocalAddress());
                    SocketChannel accepted = server.accept()) {
                var channel = new FairHttp11NioProtocol.YieldingChannel(new SocketBufferHandler(64, 64, false));
                channel.reset(accepted, null);
                client.write(ByteBuffer.wrap("first".getBytes(StandardCharsets.US_ASCII)));
                ByteBuffer buffer = ByteBuffer.allocate(64);
                assertThat(readBlocking(channel, buffer)).isEqualTo(5);

                channel.write(ByteBuffer.wrap("answer".getBytes(StandardCharsets.US_ASCII)));
                client.write(ByteBuffer.wrap("second".getBytes(StandardCharsets.US_ASCII)));
                waitUntilReadable(accepted);
                buffer.clear();
                assertThat(channel.read(buffer))
                        .as("the read right after an answer")
                        .isZero();
                assertThat(channel.read(buffer)).as("the next read").isEqualTo(6);
                assertThat(new String(buffer.array(), 0, 6, StandardCharsets.US_ASCII))
                        .isEqualTo("second");
            }
        }
    }

    private static int readBlocking(FairHttp11NioProtocol.YieldingChannel channel, ByteBuffer buffer)
            throws IOException {
        int n;
        while ((n = channel.read(buffer)) == 0) {
            Thread.onSpinWait();
        }
        return n;
    }

    private static void waitUntilReadable(SocketChannel channel) throws IOException {
        try (var selector = java.nio.channels.Selector.open()) {
            channel.configureBlocking(false);
            channel.register(selector, java.nio.channels.SelectionKey.OP_READ);
            assertThat(selector.select(5_000)).isEqualTo(1);
        }
    }

    private byte[] get(String path) {
        return ("GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** Reads one whole response (Content-Length or chunked body) and returns its status. */
    private static int readResponse(InputStream in) throws IOException {
        String head = readUntil(in, "\r\n\r\n");
        Matcher status = STATUS.matcher(head);
        assertThat(status.find()).as(head).isTrue();
        Matcher length = LENGTH.matcher(head);
        if (length.find()) {
            int n = Integer.parseInt(length.group(1));
            assertThat(in.readNBytes(n)).hasSize(n);
        } else {
            assertThat(head).containsIgnoringCase("transfer-encoding: chunked");
            int chunk;
            do {
                chunk = Integer.parseInt(readUntil(in, "\r\n").strip(), 16);
                assertThat(in.readNBytes(chunk + 2)).hasSize(chunk + 2);
            } while (chunk > 0);
        }
        return Integer.parseInt(status.group(1));
    }

    private static String readUntil(InputStream in, String end) throws IOException {
        StringBuilder text = new StringBuilder();
        while (!text.toString().endsWith(end)) {
            int c = in.read();
            assertThat(c).as("connection closed after %s", text).isNotNegative();
            text.append((char) c);
        }
        return text.toString();
    }
}
