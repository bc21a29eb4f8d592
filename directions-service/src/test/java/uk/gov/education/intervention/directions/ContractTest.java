package uk.gov.education.intervention.directions;

import io.quarkus.test.junit.QuarkusTest;
import uk.gov.education.intervention.devkit.ServedContractTest;

/** The OpenAPI contract this service serves: the committed one (contract/openapi.json), every operation documented. */
@QuarkusTest
class ContractTest extends ServedContractTest {
}
