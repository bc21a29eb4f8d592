package uk.gov.education.intervention.platform.security;

/** The roles a token may carry in its {@code groups} claim. */
public final class Roles {
    /** Department for Education staff who maintain records. */
    public static final String DFE_ADMIN = "dfe-admin";
    /** Department for Education staff who read everything. */
    public static final String DFE_ANALYST = "dfe-analyst";
    /** A Children's Services Commissioner: what they may do for a council follows their appointments. */
    public static final String COMMISSIONER = "commissioner";
    /** A council's staff (its own, or a partner authority's), named with their organisation in the token. */
    public static final String COUNCIL_REPORTER = "council-reporter";

    private Roles() {
    }
}
