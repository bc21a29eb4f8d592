package uk.gov.education.intervention.reporting;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.education.intervention.devkit.Callers.analyst;

/**
 * With an OTLP endpoint configured (what OTEL_EXPORTER_OTLP_ENDPOINT sets), spans are exported there:
 * a WireMock server plays the collector (OTLP over HTTP) and must receive the caller's trace.
 */
@QuarkusTest
@TestProfile(Reconfigured.class) // OTLP over HTTP to the Collector below, every 100 ms
class OtlpExportTest {

    private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";

    /** A stand-in OpenTelemetry collector that accepts every export. */
    public static class Collector implements QuarkusTestResourceLifecycleManager {
        static WireMockServer server;

        @Override
        public Map<String, String> start() {
            server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
            server.start();
            server.stubFor(post(urlEqualTo("/v1/traces")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/x-protobuf")));
            return Map.of("quarkus.otel.exporter.otlp.endpoint", server.baseUrl());
        }

        @Override
        public void stop() {
            if (server != null) {
                server.stop();
            }
        }
    }

    @Inject
    @Any
    Instance<SpanExporter> exporters;

    @Test
    void spansOfTheCallersTraceReachTheCollector() throws InterruptedException {
        assertTrue(exporters.isUnsatisfied(), "with an endpoint, the stand-in exporter should give way to Quarkus's OTLP one");
        // a request served from the database alone, so that nothing downstream can make it fail
        analyst().header("traceparent", "00-" + TRACE_ID + "-b7ad6b7169203331-01")
                .get("/v1/submissions").then().statusCode(200);
        byte[] traceId = HexFormat.of().parseHex(TRACE_ID);
        boolean received = false;
        for (int i = 0; i < 100 && !received; i++) {
            List<LoggedRequest> exports = Collector.server.findAll(postRequestedFor(urlEqualTo("/v1/traces")));
            received = exports.stream().anyMatch(r -> contains(r.getBody(), traceId));
            if (!received) {
                Thread.sleep(100);
            }
        }
        assertTrue(received, "no export to the collector carried trace " + TRACE_ID);
    }

    private static boolean contains(byte[] body, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= body.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (body[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
