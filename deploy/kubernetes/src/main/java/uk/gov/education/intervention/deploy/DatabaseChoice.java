package uk.gov.education.intervention.deploy;

/** Where the services' databases live. */
public enum DatabaseChoice {
    /** CloudNativePG clusters in the suite's namespace (components/cloudnative-pg). */
    CLOUDNATIVE_PG,
    /** An external managed PostgreSQL server (components/external-postgresql). */
    EXTERNAL
}
