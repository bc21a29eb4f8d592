package uk.gov.education.intervention.reporting.notification.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.education.intervention.reporting.config.ReportingConfig;
import uk.gov.education.intervention.reporting.notification.domain.TargetUrl;
import uk.gov.education.intervention.reporting.notification.domain.WebhookSignature;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;

/**
 * Sends one webhook: a POST of the event's body with the Standard Webhooks headers, with a connect and a
 * read timeout, following no redirect. Before connecting, the host is resolved and a private address
 * refused unless {@code reporting.webhooks.allow-private-targets} allows it (so a name that came to point
 * inside after the subscription was made is refused too).
 */
@ApplicationScoped
public class WebhookSender {

    /** The receiver's answer (its status), or why there was none ({@code error}). */
    public record Outcome(Integer status, String error) {
    }

    /** What to send: where, the message's id, when it is signed (Unix seconds), its body and the secrets that sign it. */
    public record Message(String url, String id, long timestamp, String body, List<String> secrets) {
    }

    private final HttpClient http;
    private final ReportingConfig.Webhooks config;

    @Inject
    public WebhookSender(ReportingConfig config) {
        this.config = config.webhooks();
        this.http = HttpClient.newBuilder()
                .connectTimeout(this.config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public Outcome send(Message m) {
        URI uri;
        try {
            uri = TargetUrl.parse(m.url());
            String refusal = TargetUrl.refusal(Arrays.asList(InetAddress.getAllByName(uri.getHost())), config.allowPrivateTargets());
            if (refusal != null) {
                return new Outcome(null, "not sent: " + refusal);
            }
        } catch (UnknownHostException e) {
            return new Outcome(null, "not sent: its host does not resolve");
        } catch (RuntimeException e) {
            return new Outcome(null, "not sent: " + e.getMessage());
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(config.readTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "intervention-suite-reporting-webhooks")
                .header("webhook-id", m.id())
                .header("webhook-timestamp", Long.toString(m.timestamp()))
                .header("webhook-signature", WebhookSignature.header(m.secrets(), m.id(), m.timestamp(), m.body()))
                .POST(HttpRequest.BodyPublishers.ofString(m.body()))
                .build();
        try {
            return new Outcome(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode(), null);
        } catch (IOException e) {
            return new Outcome(null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted");
        }
    }
}
