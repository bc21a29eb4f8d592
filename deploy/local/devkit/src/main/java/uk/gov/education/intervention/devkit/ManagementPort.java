package uk.gov.education.intervention.devkit;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;

/**
 * Requests to the management interface (health and metrics) of the application under test, which
 * listens on a port of its own: {@code quarkus.management.test-port}, a free one in tests. For tests.
 */
public final class ManagementPort {

    private ManagementPort() {
    }

    /** The management interface's base URL, e.g. {@code http://127.0.0.1:40663} (paths start with /q/). */
    public static String url() {
        // Quarkus publishes it as test.management.url, with the non-application root (/q) appended
        URI uri = URI.create(ConfigProvider.getConfig().getValue("test.management.url", String.class));
        return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
    }

    public static RequestSpecification management() {
        return RestAssured.given().baseUri(url()).port(URI.create(url()).getPort());
    }
}
