package uk.gov.education.intervention.reporting.aggregate.rest;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;

import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The bodies of kept aggregates as the HTTP server writes them (as they are or gzip-coded, each a body of its own
 * here): a copy outside the heap, made the first time a body is written and written again from there, without
 * another copy. A body written from the heap is copied into
 * a new native buffer on every request, and one of megabytes (an all-council aggregate at national scale) is
 * larger than the server's pooled chunks, so each write also allocated and zeroed megabytes of native memory. A
 * copy lives as long as its body is kept ({@link WeakHashMap}: keys by identity, since arrays do not override
 * equals), and its memory goes back when the collector finds it unreachable.
 */
final class DirectBodies {

    private static final Map<byte[], ByteBuf> COPIES = Collections.synchronizedMap(new WeakHashMap<>());

    private DirectBodies() {
    }

    /** Bodies smaller than this are written as they are: the server's pooled buffers take them without a new allocation. */
    static final int FROM_BYTES = 64 * 1024;

    /**
     * The body as the server should write it: a small one as it is; a large one as a view of its one native copy,
     * which the server cannot release. The copy is made outside the map's lock (two requests may both make one;
     * one is kept, the other left to the collector).
     */
    static Object of(byte[] body) {
        if (body.length < FROM_BYTES) {
            return body;
        }
        ByteBuf copy = COPIES.get(body);
        if (copy == null) {
            ByteBuf made = Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(ByteBuffer.allocateDirect(body.length).put(body).flip()));
            ByteBuf raced = COPIES.putIfAbsent(body, made);
            copy = raced != null ? raced : made;
        }
        return Buffer.buffer(copy.slice());
    }
}
