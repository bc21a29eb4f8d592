package uk.gov.education.intervention.reporting.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;

/** A council as councils-service describes it (only the fields used here). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemoteCouncil(String gssCode, String name, Rating currentRating) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rating(String overallEffectiveness, LocalDate publishedOn, String framework) {
    }
}
