package uk.gov.education.intervention.reporting.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A person as councils-service describes them (only the fields used here). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemotePerson(String id, String displayName) {
}
