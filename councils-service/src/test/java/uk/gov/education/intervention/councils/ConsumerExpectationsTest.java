package uk.gov.education.intervention.councils;

import io.quarkus.test.junit.QuarkusTest;

/**
 * What the suite's other services have recorded that they rely on from this one
 * ({@code deploy/contracts/expectations/*--councils-service.json}), replayed against it with its seed data.
 */
@QuarkusTest
class ConsumerExpectationsTest extends uk.gov.education.intervention.devkit.ConsumerExpectationsTest {
}
