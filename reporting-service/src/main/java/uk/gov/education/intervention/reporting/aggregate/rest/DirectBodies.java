package uk.gov.education.intervention.reporting.aggregate.rest;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.zip.GZIPOutputStream;

/**
 * The bodies of kept aggregates as the HTTP server writes them, as they are or gzip-coded, each form made once and
 * written again from there.
 * <ul>
 * <li>A large form is kept outside the heap: one written from the heap is copied into a new native buffer on every
 * request, and one of megabytes (an all-council aggregate at national scale) is larger than the server's pooled
 * chunks, so each write also allocated and zeroed megabytes of native memory.</li>
 * <li>The gzip form is made the first time a client that accepts it asks; an all-council aggregate of 15,300 councils
 * compressed 70 to 90 times over, and its time on the wire was most of what serving it cost.</li>
 * </ul>
 * The forms live as long as their body is kept ({@link WeakHashMap}: keys by identity, since arrays do not override
 * equals; the forms hold no reference to the body); their memory goes back when the collector finds the body
 * unreachable.
 */
final class DirectBodies {

    private static final Map<byte[], Forms> FORMS = Collections.synchronizedMap(new WeakHashMap<>());

    private DirectBodies() {
    }

    /** Forms smaller than this are written as they are: the server's pooled buffers take them without a new allocation. */
    static final int FROM_BYTES = 64 * 1024;

    /** Bodies smaller than this are never compressed: the bytes saved would not pay for the coding. */
    static final int GZIP_FROM_BYTES = 1024;

    /** The body as the server should write it: a small one as it is; a large one as a view of its one native copy. */
    static Object of(byte[] body) {
        return body.length < FROM_BYTES ? body : forms(body).identity(body);
    }

    /** The body gzip-coded (RFC 1952), as the server should write it; compressed once per body, by the first to ask. */
    static Object gzipped(byte[] body) {
        return forms(body).gzip(body);
    }

    /** The holder is made under the map's lock, which is held only for that; a form is made under the holder's. */
    private static Forms forms(byte[] body) {
        synchronized (FORMS) {
            return FORMS.computeIfAbsent(body, b -> new Forms());
        }
    }

    private static final class Forms {
        private Object identity;
        private Object gzip;

        synchronized Object identity(byte[] body) {
            if (identity == null) {
                identity = direct(body);
            }
            return view(identity);
        }

        synchronized Object gzip(byte[] body) {
            if (gzip == null) {
                byte[] coded = compress(body);
                gzip = coded.length < FROM_BYTES ? coded : direct(coded);
            }
            return view(gzip);
        }
    }

    /** A native copy the server cannot release. */
    private static ByteBuf direct(byte[] bytes) {
        return Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(ByteBuffer.allocateDirect(bytes.length).put(bytes).flip()));
    }

    /** What the server writes of a kept form: a native one through a view of its own (its indexes are the writer's). */
    private static Object view(Object form) {
        return form instanceof ByteBuf copy ? Buffer.buffer(copy.slice()) : form;
    }

    private static byte[] compress(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, body.length / 8));
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 64 * 1024)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }
}
