package uk.gov.education.intervention.platform.rest;

/** A view with the version its ETag is made from. */
public record Versioned<T>(T body, long version) {
    public String etag() {
        return ETags.of(version);
    }
}
