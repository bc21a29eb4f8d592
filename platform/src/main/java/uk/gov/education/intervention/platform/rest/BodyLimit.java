package uk.gov.education.intervention.platform.rest;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.education.intervention.platform.problem.Problems;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts a body as it is read and stops at the API's limit with a 413 problem. A body that declares
 * its length is refused before it is read ({@link HttpLimits}); this catches one sent in chunks,
 * whose length is known only at its end.
 */
@Provider
public class BodyLimit implements ReaderInterceptor {

    @ConfigProperty(name = "suite.api.max-body-bytes", defaultValue = "262144")
    long maxBodyBytes;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(new Limited(context.getInputStream(), maxBodyBytes));
        return context.proceed();
    }

    static final class Limited extends FilterInputStream {
        private final long limit;
        private long read;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw HttpProblem.builder(Problems.of(413, "body-too-large", "Request body too large",
                                HttpLimits.bodyTooLarge(-1, limit)))
                        .withHeader("Connection", "close")
                        .build();
            }
        }
    }
}
