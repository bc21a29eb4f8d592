package uk.gov.education.intervention.reporting.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An organisation as councils-service describes it (only the fields used here). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemoteOrganisation(String id, String name) {
}
