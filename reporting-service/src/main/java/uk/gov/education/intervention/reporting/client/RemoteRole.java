package uk.gov.education.intervention.reporting.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A role as councils-service lists it (only the fields used here). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemoteRole(String code, String name) {
}
