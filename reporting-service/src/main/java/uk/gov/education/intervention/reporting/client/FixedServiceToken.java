package uk.gov.education.intervention.reporting.client;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The Authorization header of a fixed token issued to this service ({@code reporting.service-token},
 * from {@code REPORTING_SERVICE_TOKEN}), for a stack without an identity provider's grant (compose,
 * run.sh). Without one the header is left out, so that the OIDC client filter's token is sent.
 */
public final class FixedServiceToken {

    private FixedServiceToken() {
    }

    /** {@code Bearer <token>}, or null (no header) when no fixed token is set. */
    public static String header() {
        return ConfigProvider.getConfig().getOptionalValue("reporting.service-token", String.class)
                .filter(t -> !t.isBlank()).map(t -> "Bearer " + t.strip()).orElse(null);
    }
}
