package uk.gov.education.intervention.platform.security;

/** The roles a token may carry in its {@code groups} claim. */
public final class Roles {
    /** Department for Education staff who maintain records. */
    public static final String DFE_ADMIN = "dfe-admin";
    /** Department for Education staff who read everything. */
    public static final String DFE_ANALYST = "dfe-analyst";
    /** A Children's Services Commissioner, for the councils listed in the token. */
    public static final String COMMISSIONER = "commissioner";
    /** A council's own staff (including partner authorities), for the council in the token. */
    public static final String COUNCIL_REPORTER = "council-reporter";

    private Roles() {
    }
}
