package uk.gov.education.intervention.directions;

import io.quarkus.test.common.QuarkusTestResource;
import uk.gov.education.intervention.devkit.PostgresTestResource;

/** Every test in this module runs against a real PostgreSQL database of its own (see PostgresTestResource). */
@QuarkusTestResource(PostgresTestResource.class)
public final class TestDatabase {
    private TestDatabase() {
    }
}
