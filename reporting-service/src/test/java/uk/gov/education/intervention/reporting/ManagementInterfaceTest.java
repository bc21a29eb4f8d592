package uk.gov.education.intervention.reporting;

import io.quarkus.test.junit.QuarkusTest;
import uk.gov.education.intervention.devkit.ManagementInterfaceChecks;

/** Health and metrics on the management port only, probes that say no more than a status, the API on the public port. */
@QuarkusTest
class ManagementInterfaceTest extends ManagementInterfaceChecks {
}
