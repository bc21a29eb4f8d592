package uk.gov.education.intervention.e2e;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ports the tests give their services lie outside the range outgoing connections take theirs from. */
class LoopbackPortsTest {

    @Test
    void portsAreBelowTheEphemeralRangeBindableAndNeverGivenTwice() throws IOException {
        int ephemeralLow = LoopbackPorts.ephemeralLow();
        // with a range that starts lower than 11000 there is no room below it, and the kernel's choice is taken
        boolean roomBelow = ephemeralLow - LoopbackPorts.LOWEST >= 1_000;
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            int port = LoopbackPorts.free();
            assertTrue(!roomBelow || port < ephemeralLow, port + " is in the ephemeral range starting at " + ephemeralLow);
            assertTrue(seen.add(port), port + " was given twice");
        }
        int port = LoopbackPorts.free();
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        }
    }
}
