package uk.gov.education.intervention.platform.tracing;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.Unremovable;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.inject.Singleton;

import java.util.Collection;

/**
 * Where finished spans go while no OpenTelemetry collector is named: nowhere.
 * <p>
 * Trace context is always carried (a W3C {@code traceparent} in, the same trace id on every call
 * out), which needs spans to be made. Left alone, Quarkus would then send them to its default
 * collector address, {@code localhost:4317}, and log a failure every few seconds where there is
 * none. While neither {@code quarkus.otel.exporter.otlp.endpoint} nor
 * {@code quarkus.otel.exporter.otlp.traces.endpoint} is set (each service sets the first from
 * {@code OTEL_EXPORTER_OTLP_ENDPOINT}), this bean is the span exporter, and Quarkus does not build
 * its OTLP one. Once an endpoint is set, this bean is not looked up and Quarkus exports there.
 */
@Singleton
@Unremovable
@LookupIfProperty(name = "quarkus.otel.exporter.otlp.endpoint", stringValue = "", lookupIfMissing = true)
@LookupIfProperty(name = "quarkus.otel.exporter.otlp.traces.endpoint", stringValue = "", lookupIfMissing = true)
public class NoCollectorSpanExporter implements SpanExporter {

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
