package uk.gov.education.intervention.deploy;

/** What an overlay promises: how many pods and database instances, and whether seed data loads. */
public enum Profile {
    /** At least two pods per service, three PostgreSQL instances per database, no seed data. */
    PRODUCTION(2, 3, "false"),
    /** One pod and one PostgreSQL instance each; seed data loaded. */
    DEV(1, 1, "true");

    private final int minReplicas;
    private final int clusterInstances;
    private final String seedData;

    Profile(int minReplicas, int clusterInstances, String seedData) {
        this.minReplicas = minReplicas;
        this.clusterInstances = clusterInstances;
        this.seedData = seedData;
    }

    public int minReplicas() {
        return minReplicas;
    }

    public int clusterInstances() {
        return clusterInstances;
    }

    public String seedData() {
        return seedData;
    }
}
