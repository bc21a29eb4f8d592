package uk.gov.education.intervention.councils;

import io.quarkus.test.junit.QuarkusTest;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static uk.gov.education.intervention.devkit.Callers.STOKE;
import static uk.gov.education.intervention.devkit.Callers.admin;

/** Requests generated from councils-service's contract: refused as it says, never a 5xx, nothing stored by a refusal. */
@QuarkusTest
class GeneratedInputTest extends uk.gov.education.intervention.devkit.GeneratedInputTest {

    private final Map<String, String> ids = new ConcurrentHashMap<>();

    @Override
    protected String sample(String path, String param) {
        return switch (param) {
            case "gss" -> STOKE;
            case "code" -> "ILACS_2023";
            case "personId" -> AppointmentResourceTest.ELEANOR;
            case "id" -> ids.computeIfAbsent(path, GeneratedInputTest::firstListed);
            default -> null;
        };
    }

    /** A record of the kind the path names, as the list it belongs to gives it. */
    private static String firstListed(String path) {
        String list = path.startsWith("/v1/people/{personId}/identities") ? "/v1/people/" + AppointmentResourceTest.ELEANOR + "/identities"
                : path.startsWith("/v1/inspections") ? "/v1/councils/" + STOKE + "/inspections"
                : path.substring(0, path.indexOf("/{id}"));
        List<String> found = admin().get(list).then().statusCode(200).extract().jsonPath().getList("items.id");
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    protected String plainRead() {
        return "/v1/councils/" + STOKE;
    }
}
