package uk.gov.education.intervention.reporting.rest;

/** The shape of a GSS (Government Statistical Service) code, e.g. E06000021. */
public final class Gss {
    public static final String PATTERN = "[ENSW][0-9]{8}";
    public static final String MESSAGE = "must be a GSS code such as E06000021";

    private Gss() {
    }
}
