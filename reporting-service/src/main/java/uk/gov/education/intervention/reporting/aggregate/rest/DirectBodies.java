package uk.gov.education.intervention.reporting.aggregate.rest;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;

import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The bodies of kept aggregates as the HTTP server writes them: a copy outside the heap, made the first time a
 * body is written and written again from there, without another copy. A body written from the heap is copied into
 * a new native buffer on every request, and one of megabytes (an all-council aggregate at national scale) is
 * larger than the server's pooled chunks, so each write also allocated and zeroed megabytes of native memory. A
 * copy lives as long as its body is kept ({@link WeakHashMap}: keys by identity, since arrays do not override
 * equals), and its memory goes back when the collector finds it unreachable.
 */
final class DirectBodies {

    private static final Map<byte[], ByteBuf> COPIES = Collections.synchronizedMap(new WeakHashMap<>());

    private DirectBodies() {
    }

    /** The body as a buffer to write: each call a view of the one native copy, which the server cannot release. */
    static Buffer of(byte[] body) {
        ByteBuf copy = COPIES.computeIfAbsent(body, b -> Unpooled.unreleasableBuffer(
                Unpooled.wrappedBuffer(ByteBuffer.allocateDirect(b.length).put(b).flip())));
        return Buffer.buffer(copy.slice());
    }
}
