package uk.gov.education.intervention.e2e;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free loopback ports for the processes the tests start, chosen below the kernel's ephemeral range. A port
 * the kernel hands out for {@code bind(0)} comes from that range, which every outgoing connection draws its
 * local port from too: in the seconds before a service binds its port, a connection of another service, a
 * proxy or a test's client could take it, and the service then exits with "port in use" (seen in CI).
 * Below the range no outgoing connection can take it. No port is handed out twice by one test JVM.
 */
final class LoopbackPorts {

    static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    static final int LOWEST = 10_000;
    private static final Set<Integer> GIVEN = ConcurrentHashMap.newKeySet();

    private LoopbackPorts() {
    }

    static int free() throws IOException {
        int below = ephemeralLow();
        if (below - LOWEST < 1_000) {  // no room below the range
            return kernelChosen();
        }
        for (int attempt = 0; attempt < 500; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, below);
            if (GIVEN.add(port) && bindable(port)) {
                return port;
            }
        }
        throw new IOException("no free loopback port between " + LOWEST + " and " + below + " after 500 tries");
    }

    /** The first port of the kernel's ephemeral range (32768 where it cannot be read, Linux's default). */
    static int ephemeralLow() {
        try {
            // read as a line: procfs reports a size of 0, and a whole-file read sized by it came back cut short
            try (var reader = Files.newBufferedReader(EPHEMERAL_RANGE)) {
                return Integer.parseInt(reader.readLine().trim().split("\\s+")[0]);
            }
        } catch (IOException | RuntimeException e) {
            return 32_768;
        }
    }

    private static boolean bindable(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    private static int kernelChosen() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            GIVEN.add(s.getLocalPort());
            return s.getLocalPort();
        }
    }
}
