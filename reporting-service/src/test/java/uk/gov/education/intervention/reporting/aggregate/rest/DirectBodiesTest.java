package uk.gov.education.intervention.reporting.aggregate.rest;

import io.vertx.core.buffer.Buffer;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DirectBodiesTest {

    @Test
    void aSmallBodyIsWrittenAsItIs() {
        byte[] body = new byte[DirectBodies.FROM_BYTES - 1];
        assertSame(body, DirectBodies.of(body));
    }

    @Test
    void aLargeBodyIsWrittenFromOneNativeCopyHoldingItsBytes() {
        byte[] body = new byte[DirectBodies.FROM_BYTES * 3];
        Arrays.fill(body, (byte) 'x');
        body[body.length - 1] = 'y';
        Buffer first = assertInstanceOf(Buffer.class, DirectBodies.of(body));
        Buffer second = assertInstanceOf(Buffer.class, DirectBodies.of(body));
        assertArrayEquals(body, first.getBytes());
        assertArrayEquals(body, second.getBytes());
        assertTrue(first.getByteBuf().isDirect(), "written from native memory");
        assertEquals(first.getByteBuf().memoryAddress(), second.getByteBuf().memoryAddress(), "one copy for every write");
    }
}
