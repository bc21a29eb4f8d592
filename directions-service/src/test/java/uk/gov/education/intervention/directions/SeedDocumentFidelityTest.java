package uk.gov.education.intervention.directions;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static uk.gov.education.intervention.devkit.Callers.analyst;

/**
 * The two seed directions, rendered from their structure, read exactly as the seed documents do
 * under the small normalisation {@link SeedText} documents: every clause, number and word.
 */
@QuarkusTest
class SeedDocumentFidelityTest {

    private static String plainText(String reference) {
        return analyst().accept("text/plain").get("/v1/directions/" + reference + "/document").then()
                .statusCode(200)
                .contentType(startsWith("text/plain"))
                .extract().asString();
    }

    private static String html(String reference) {
        return analyst().accept("text/html").get("/v1/directions/" + reference + "/document").then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .extract().asString();
    }

    private static JsonPath json(String reference) {
        return analyst().get("/v1/directions/" + reference).then().statusCode(200).extract().jsonPath();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"E06000021-2019-10-31, " + SeedText.STOKE_SEED, "E06000035-2020-01-07, " + SeedText.MEDWAY_SEED})
    void thePlainTextDocumentReadsAsTheSeed(String reference, String seed) {
        String expected = SeedText.normalisedSeed(seed);
        String actual = SeedText.normalisedRendering(plainText(reference));
        assertNull(SeedText.difference(expected, actual), reference + " does not read as " + seed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"E06000021-2019-10-31, " + SeedText.STOKE_SEED, "E06000035-2020-01-07, " + SeedText.MEDWAY_SEED})
    void theComparisonCatchesAClauseLostRewordedOrRenumbered(String reference, String seed) {
        String expected = SeedText.normalisedSeed(seed);
        String rendered = plainText(reference);
        List<ClauseTree.Clause> clauses = ClauseTree.all(json(reference));
        // every clause of the structure, in turn: dropped, one word changed, its number changed
        for (ClauseTree.Clause c : clauses) {
            String line = c.printed();
            assertTrue(rendered.contains(line), reference + " " + c.reference() + " is not printed as '" + line + "'");
            String lost = rendered.replace(line, "");
            String rewordedText = c.text().replaceFirst("(\\w+)(\\W*)$", "$1x$2");
            String reworded = rendered.replace(line, c.label().isEmpty() ? rewordedText : c.label() + " " + rewordedText);
            assertNotNull(SeedText.difference(expected, SeedText.normalisedRendering(lost)), c.reference() + " lost unnoticed");
            assertNotNull(SeedText.difference(expected, SeedText.normalisedRendering(reworded)), c.reference() + " reworded unnoticed");
            if (!c.label().isEmpty()) {
                String otherNumber = (char) (c.label().charAt(0) + 1) + c.label().substring(1);
                String renumbered = rendered.replace(line, otherNumber + " " + c.text());
                assertNotNull(SeedText.difference(expected, SeedText.normalisedRendering(renumbered)), c.reference() + " renumbered unnoticed");
            }
        }
        // and the normalisation alone does not make a different document equal
        String swapped = swapFirstTwo(rendered, clauses.get(0).printed(), clauses.get(1).printed());
        assertNotNull(SeedText.difference(expected, SeedText.normalisedRendering(swapped)), "reordered clauses unnoticed");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"E06000021-2019-10-31, " + SeedText.STOKE_SEED, "E06000035-2020-01-07, " + SeedText.MEDWAY_SEED})
    void everyClauseOfTheStructureIsInTheSeedInDocumentOrder(String reference, String seed) {
        String expected = SeedText.normalisedSeed(seed);
        int from = 0;
        for (Map.Entry<String, String> fragment : ClauseTree.printedFragments(json(reference))) {
            String text = SeedText.whitespace(fragment.getValue());
            int at = expected.indexOf(text, from);
            if (at < 0) {
                fail(reference + " clause " + fragment.getKey() + " is not in the seed after the clause before it: '" + text + "'");
            }
            from = at + text.length();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"E06000021-2019-10-31, " + SeedText.STOKE_SEED, "E06000035-2020-01-07, " + SeedText.MEDWAY_SEED})
    void theHtmlDocumentCarriesEveryClauseReferenceAndReadsAsTheSeed(String reference, String seed) {
        String page = html(reference);
        List<ClauseTree.Clause> clauses = ClauseTree.all(json(reference));

        // each clause once, as an element whose id is its reference, in document order
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("<div class=\"clause\" id=\"clause-([^\"]+)\">").matcher(page);
        while (m.find()) {
            ids.add(m.group(1));
        }
        assertEquals(ClauseTree.references(clauses), ids, reference + ": clause ids of the HTML document");
        for (ClauseTree.Clause c : clauses) {
            String element = "<div class=\"clause\" id=\"clause-" + c.reference() + "\">\n<p>"
                    + (c.label().isEmpty() ? "" : "<span class=\"number\">" + escape(c.label()) + "</span> ") + escape(c.text()) + "</p>";
            assertTrue(page.contains(element), reference + " " + c.reference() + ": expected " + element);
        }

        // and its text, tags taken away and entities read, is the seed's: inline elements (span, time) join
        // their neighbours, every other tag separates text as a line break would
        String text = page.substring(page.indexOf("<body>"))
                .replaceAll("</?(span|time)( [^>]*)?>", "")
                .replaceAll("<[^>]+>", " ")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        assertNull(SeedText.difference(SeedText.normalisedSeed(seed), SeedText.normalisedRendering(text)),
                reference + " (HTML) does not read as " + seed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"E06000021-2019-10-31", "E06000035-2020-01-07"})
    void theFormatParameterChoosesTheRenderingOverAccept(String reference) {
        analyst().accept("text/html").queryParam("format", "text").get("/v1/directions/" + reference + "/document").then()
                .statusCode(200).contentType(startsWith("text/plain")).body(containsString("NOW THEREFORE:"));
        analyst().accept("text/plain").queryParam("format", "html").get("/v1/directions/" + reference + "/document").then()
                .statusCode(200).contentType(startsWith("text/html")).body(containsString("<h2>NOW THEREFORE:</h2>"));
        analyst().queryParam("format", "pdf").get("/v1/directions/" + reference + "/document").then()
                .statusCode(400).contentType("application/problem+json");
    }

    private static String swapFirstTwo(String text, String first, String second) {
        return text.replace(first, "\u0000").replace(second, first).replace("\u0000", second);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
