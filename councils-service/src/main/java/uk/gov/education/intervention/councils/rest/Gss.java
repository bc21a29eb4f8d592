package uk.gov.education.intervention.councils.rest;

/** The shape of a GSS (Government Statistical Service) code, e.g. E06000021. */
final class Gss {
    static final String PATTERN = "[ENSW][0-9]{8}";
    static final String MESSAGE = "must be a GSS code such as E06000021";

    private Gss() {
    }
}
