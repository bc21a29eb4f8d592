package uk.gov.education.intervention.councils;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.gov.education.intervention.devkit.ContractFile;

import java.io.IOException;

import static uk.gov.education.intervention.devkit.Callers.anonymous;

/** The OpenAPI contract this service serves: the committed one (contract/openapi.json), every operation documented. */
@QuarkusTest
class ContractTest {

    private static String served() {
        return anonymous().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().asString();
    }

    @Test
    void theServedContractIsTheCommittedOne() throws IOException {
        ContractFile.assertServedIsCommitted(served());
    }

    @Test
    void everyOperationIsDocumented() throws IOException {
        ContractFile.assertEveryOperationDocumented(served());
    }
}
