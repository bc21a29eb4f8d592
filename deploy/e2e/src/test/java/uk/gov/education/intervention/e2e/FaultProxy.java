package uk.gov.education.intervention.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TCP proxy on a loopback port in front of one service, through which another service calls it,
 * and which can be made to fail as a network or a broken service does. Every change of {@link Mode}
 * cuts the connections open at that moment, so that a caller's pooled keep-alive connections meet
 * the new behaviour at once.
 */
public final class FaultProxy implements AutoCloseable {

    public enum Mode {
        /** Passes bytes both ways. */
        PASS,
        /** Not listening: connections are refused, as when the service is stopped. */
        STOPPED,
        /** Accepts and reads the request but never answers, however long the caller waits. */
        HANG,
        /** Reads the start of the request, then resets the connection (TCP RST). */
        RESET,
        /** Answers every request with HTTP 200, labelled JSON, whose body is an HTML error page. */
        GARBAGE,
        /** Answers every request with bytes that are not HTTP at all, then closes. */
        NOISE
    }

    private static final byte[] GARBAGE_RESPONSE = http200("<html><body><h1>502 Bad Gateway</h1>upstream went away</body></html>");
    private static final byte[] NOISE_RESPONSE = "\u0000\u0013\u00ffSSH-2.0-not-http \u0007\u0000\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

    private final String name;
    private final int port;
    private final int targetPort;
    private final ExecutorService threads;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile Mode mode = Mode.PASS;
    private ServerSocket server;

    private FaultProxy(String name, int port, int targetPort) {
        this.name = name;
        this.port = port;
        this.targetPort = targetPort;
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fault-proxy-" + name);
            t.setDaemon(true);
            return t;
        });
    }

    /** A proxy passing to 127.0.0.1:{@code targetPort}, listening on {@code port}. */
    public static FaultProxy start(String name, int port, int targetPort) throws IOException {
        FaultProxy proxy = new FaultProxy(name, port, targetPort);
        proxy.listen();
        return proxy;
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public Mode mode() {
        return mode;
    }

    /** Behaves as {@code next} from now on, for new connections and (by cutting them) for open ones. */
    public synchronized void set(Mode next) throws IOException {
        if (next == mode) {
            return;
        }
        mode = next;
        if (next == Mode.STOPPED && server != null) {
            server.close();
            server = null;
        } else if (next != Mode.STOPPED && server == null) {
            listen();
        }
        for (Socket s : open) {
            closeQuietly(s);
        }
        open.clear();
    }

    private void listen() throws IOException {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        server = s;
        threads.execute(() -> acceptLoop(s));
    }

    private void acceptLoop(ServerSocket s) {
        while (!s.isClosed()) {
            try {
                Socket client = s.accept();
                open.add(client);
                Mode now = mode;
                threads.execute(() -> handle(client, now));
            } catch (IOException e) {
                // the server socket was closed: STOPPED, or the proxy is closing
            }
        }
    }

    private void handle(Socket client, Mode m) {
        try {
            switch (m) {
                case PASS -> pass(client);
                case HANG -> drain(client.getInputStream());
                case RESET -> {
                    readRequestHead(client);
                    client.setSoLinger(true, 0);
                    client.close();
                }
                case GARBAGE -> answer(client, GARBAGE_RESPONSE);
                case NOISE -> answer(client, NOISE_RESPONSE);
                default -> client.close();
            }
        } catch (IOException e) {
            closeQuietly(client);
        } finally {
            if (m != Mode.PASS) {
                open.remove(client);
                closeQuietly(client);
            }
        }
    }

    private void pass(Socket client) throws IOException {
        Socket upstream = new Socket();
        try {
            upstream.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort), 1000);
        } catch (IOException e) {
            // the service behind is down: the caller sees its connection closed, as a load balancer would do
            open.remove(client);
            closeQuietly(client);
            closeQuietly(upstream);
            return;
        }
        open.add(upstream);
        threads.execute(() -> pump(client, upstream));
        threads.execute(() -> pump(upstream, client));
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream()) {
            OutputStream out = to.getOutputStream();
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // either side went away
        } finally {
            open.remove(from);
            open.remove(to);
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private void answer(Socket client, byte[] response) throws IOException {
        readRequestHead(client);
        client.getOutputStream().write(response);
        client.getOutputStream().flush();
        client.shutdownOutput();
        client.setSoTimeout(2000);
        drain(client.getInputStream());
    }

    /** Reads until the blank line that ends a request's head (or 64 KiB, or the client's end). */
    private static void readRequestHead(Socket client) throws IOException {
        client.setSoTimeout(5000);
        InputStream in = client.getInputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        for (int i = 0; i < 65536; i++) {
            int b = in.read();
            if (b < 0) {
                return;
            }
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            if (matched == end.length) {
                return;
            }
        }
    }

    private static void drain(InputStream in) {
        byte[] buffer = new byte[4096];
        try {
            while (in.read(buffer) >= 0) {
                // discard
            }
        } catch (IOException e) {
            // closed
        }
    }

    private static byte[] http200(String body) {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + b.length
                + "\r\nConnection: close\r\n\r\n";
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[h.length + b.length];
        System.arraycopy(h, 0, out, 0, h.length);
        System.arraycopy(b, 0, out, h.length, b.length);
        return out;
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException | RuntimeException e) {
            // already closed
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException e) {
            // closing anyway
        }
        open.forEach(FaultProxy::closeQuietly);
        threads.shutdownNow();
    }

    @Override
    public String toString() {
        return name + " (127.0.0.1:" + port + " -> " + targetPort + ", " + mode + ")";
    }
}
