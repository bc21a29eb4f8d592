package uk.gov.education.intervention.reporting;

import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.platform.tracing.NoCollectorSpanExporter;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.education.intervention.devkit.Callers.analyst;

/**
 * One aggregate request is one trace: the W3C trace context a request arrives with is carried on
 * every call reporting-service makes for it to councils-service and directions-service (here the
 * WireMock stand-ins of {@link Downstream}), under spans of reporting-service's own.
 */
@QuarkusTest
class TracePropagationTest extends StandInTest {

    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-0[01]");
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CALLER_SPAN = "00f067aa0ba902b7";

    @Inject
    @Any
    Instance<SpanExporter> exporters;

    @Override
    LocalDate today() {
        return LocalDate.of(2020, 11, 20);
    }

    private static void aggregate(String traceparent) {
        var request = analyst().queryParam("from", "2020-01").queryParam("to", "2020-03");
        if (traceparent != null) {
            request = request.header("traceparent", traceparent);
        }
        request.get("/v1/aggregates/monthly").then().statusCode(200).body("degraded", equalTo(false));
    }

    /** The trace ids of the calls the stand-ins received, each checked to be a well-formed traceparent. */
    private static List<Matcher> downstreamContexts() {
        List<String> headers = Downstream.traceparentsReceived();
        assertTrue(Downstream.councilsCalls() > 0 && Downstream.directionsCalls() > 0,
                "the aggregate should have called both services");
        return headers.stream().map(h -> {
            assertNotNull(h, "a downstream call carried no traceparent: " + headers);
            Matcher m = TRACEPARENT.matcher(h);
            assertTrue(m.matches(), "not a W3C traceparent: " + h);
            return m;
        }).toList();
    }

    @Test
    void theCallersTraceIdIsCarriedToBothServices() {
        Downstream.clearJournals();
        aggregate("00-" + TRACE_ID + "-" + CALLER_SPAN + "-01");
        for (Matcher m : downstreamContexts()) {
            assertEquals(TRACE_ID, m.group(1), "a downstream call left the caller's trace");
            // the parent of each call is a span of reporting-service's own, not the caller's
            assertNotEquals(CALLER_SPAN, m.group(2));
        }
    }

    @Test
    void withoutATraceparentEachRequestStartsOneTraceOfItsOwn() {
        Downstream.clearJournals();
        aggregate(null);
        Set<String> first = new HashSet<>();
        downstreamContexts().forEach(m -> first.add(m.group(1)));
        assertEquals(1, first.size(), "the calls of one request should share one trace: " + first);

        Downstream.clearJournals();
        aggregate(null);
        Set<String> second = new HashSet<>();
        downstreamContexts().forEach(m -> second.add(m.group(1)));
        assertEquals(1, second.size());
        assertNotEquals(first, second, "two requests should be two traces");
    }

    @Test
    void withoutACollectorSpansAreDroppedNotSentToTheDefaultAddress() {
        // no OTEL_EXPORTER_OTLP_ENDPOINT here: the stand-in exporter is the only one, so Quarkus builds no
        // OTLP exporter (OtlpExportTest shows the other side: with an endpoint, spans are sent there)
        List<SpanExporter> all = exporters.stream().toList();
        assertEquals(1, all.size(), "span exporters: " + all);
        assertTrue(all.get(0) instanceof NoCollectorSpanExporter, "span exporter: " + all.get(0));
    }
}
