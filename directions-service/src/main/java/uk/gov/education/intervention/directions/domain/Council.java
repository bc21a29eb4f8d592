package uk.gov.education.intervention.directions.domain;

/** A council as councils-service confirms it: its GSS code and the name a direction is addressed to. */
public record Council(String gssCode, String name) {
}
