package uk.gov.education.intervention.directions;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.lang.reflect.InvocationTargetException;

/**
 * After every test of this module (registered in META-INF/services; quarkus-junit turns JUnit's
 * extension auto-detection on): fails the test if the stand-in of councils-service was sent a
 * request or gave an answer that councils-service's contract does not allow.
 */
public class StandInContractCheck implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        // through the test class's own class loader: a @QuarkusTest's classes (and the stand-in's
        // static server) live in Quarkus's loader, not in the one JUnit loaded this extension with
        Class<?> stub = Class.forName(CouncilsServiceStub.class.getName(), true, context.getRequiredTestClass().getClassLoader());
        try {
            stub.getMethod("assertKeptItsContract").invoke(null);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
