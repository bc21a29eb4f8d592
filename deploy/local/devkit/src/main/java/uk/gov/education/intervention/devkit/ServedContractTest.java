package uk.gov.education.intervention.devkit;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static uk.gov.education.intervention.devkit.Callers.anonymous;

/**
 * The checks of the OpenAPI contract a service serves (see {@link ContractFile}). A service's
 * {@code @QuarkusTest} extends this class to run them against itself.
 */
public abstract class ServedContractTest {

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
