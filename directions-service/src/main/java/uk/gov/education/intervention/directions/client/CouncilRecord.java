package uk.gov.education.intervention.directions.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The part of councils-service's council this service needs. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CouncilRecord(String gssCode, String name) {
}
