package uk.gov.education.intervention.directions;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static uk.gov.education.intervention.devkit.Callers.admin;
import static uk.gov.education.intervention.devkit.Callers.analyst;
import static uk.gov.education.intervention.directions.Drafts.list;
import static uk.gov.education.intervention.directions.Drafts.map;

/**
 * The document of a direction, byte for byte, against the approved copies in
 * src/test/resources/documents: the seed directions, a direction whose text is not held, and
 * directions of the test's own with markup and quotes in every field the document prints. After an
 * intended change of layout, run with -Ddocuments.approve=true to write the new copies, and read the
 * difference before committing it.
 */
@QuarkusTest
class DocumentGoldenTest {

    /** Every character HTML gives a meaning to, and both quotes. */
    private static final String HOSTILE = "<i>a</i> & \"b\" 'c' <script>alert(1)</script> &amp;";
    private static String hostileDraft;
    private static String hostileRevoked;
    private static String gss;

    /** Drafted on first use: RestAssured knows the test application's port only once a test runs. */
    private static synchronized void hostileDirections() {
        if (gss != null) {
            return;
        }
        gss = CouncilsServiceStub.testCouncil();
        hostileDraft = Drafts.reference(gss, "2021-02-01");
        Drafts.draft(hostile(gss, "2021-02-01", true));
        hostileRevoked = Drafts.reference(gss, "2021-05-01");
        String etag = issue(hostileRevoked, Drafts.draft(hostile(gss, "2021-05-01", false)));
        admin().header("If-Match", etag).body(map("revokedOn", "2021-09-30", "reason", "Withdrawn " + HOSTILE))
                .post("/v1/directions/" + hostileRevoked + "/revocation").then().statusCode(200);
    }

    /** Issues the draft; the first call to the councils stub of a JVM just started may outlast the timeout (503). */
    private static String issue(String reference, String etag) {
        for (int attempt = 1; ; attempt++) {
            var response = admin().header("If-Match", etag).post("/v1/directions/" + reference + "/issue");
            if (response.statusCode() != 503 || attempt == 5) {
                return response.then().statusCode(200).extract().header("ETag");
            }
        }
    }

    private static Map<String, Object> hostile(String gss, String date, boolean printedSignature) {
        Map<String, Object> d = Drafts.direction(gss, date);
        d.put("title", "TITLE " + HOSTILE);
        Drafts.at(d, "recitals", 0).put("text", "Recital " + HOSTILE);
        Drafts.at(d, "recitals", 1, "items", 0).put("label", "<a>&\"");
        Drafts.at(d, "recitals", 1).put("continuation", "Continued " + HOSTILE);
        Drafts.at(d, "clauses", 0, "items", 1).put("text", "Directive " + HOSTILE);
        Map<String, Object> annex = Drafts.at(d, "annexes", 0);
        annex.put("heading", "ANNEX " + HOSTILE);
        annex.put("titleLines", list("Terms " + HOSTILE, "Second line"));
        annex.put("introduction", "Introduction " + HOSTILE);
        Map<String, Object> signatory = Drafts.at(d, "signatory");
        signatory.put("name", "A. <Signatory> & 'Co'");
        signatory.put("capacity", "Capacity \"quoted\" <b>");
        signatory.put("onBehalfOf", "the Secretary of State " + HOSTILE);
        if (printedSignature) {
            signatory.put("nameAndCapacityAsPrinted", "Printed <u> A. <Signatory> & 'Co', Capacity \"quoted\" <b>.");
            signatory.put("dateAsPrinted", "1st <February> 2021");
        }
        return d;
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
            "E06000021-2019-10-31, text", "E06000021-2019-10-31, html",
            "E06000035-2020-01-07, text", "E06000035-2020-01-07, html",
            "E06000021-2019-05-16, text", "E06000021-2019-05-16, html",
            "hostile-draft, text", "hostile-draft, html",
            "hostile-revoked, text", "hostile-revoked, html"})
    void theDocumentIsAsApproved(String name, String format) throws IOException {
        hostileDirections();
        String reference = switch (name) {
            case "hostile-draft" -> hostileDraft;
            case "hostile-revoked" -> hostileRevoked;
            default -> name;
        };
        String actual = analyst().queryParam("format", format).get("/v1/directions/" + reference + "/document").then()
                .statusCode(200).extract().asString().replace(gss, "GSS");
        String file = name + "." + (format.equals("html") ? "html" : "txt");
        if (Boolean.getBoolean("documents.approve")) {
            Files.writeString(Path.of("src/test/resources/documents", file), actual, StandardCharsets.UTF_8);
            return;
        }
        try (InputStream approved = DocumentGoldenTest.class.getResourceAsStream("/documents/" + file)) {
            assertNotNull(approved, file + " has no approved copy; run with -Ddocuments.approve=true");
            assertEquals(new String(approved.readAllBytes(), StandardCharsets.UTF_8), actual, file);
        }
    }
}
