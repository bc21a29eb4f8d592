package uk.gov.education.intervention.devkit;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.education.intervention.devkit.Callers.analyst;

/**
 * The platform's standard HTTP on reads (platform ConditionalGet, PageLinks): every record and every
 * page carries a strong ETag, a read that names it in If-None-Match is a 304 with no body and the
 * same ETag, and a page with a following one links it as {@code Link: <...>; rel="next"}. A service's
 * {@code @QuarkusTest} extends this class, naming a list of at least three records and one record.
 */
public abstract class ConditionalReadTest {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");

    /** A cursor-paginated list dfe-analyst may read, holding at least three records, e.g. {@code /v1/councils}. */
    protected abstract String listPath();

    /** A record dfe-analyst may read, whose ETag is its version, e.g. {@code /v1/councils/E06000021}. */
    protected abstract String recordPath();

    @Test
    void aPageHasAStrongETagAndIfNoneMatchIsA304WithoutABody() {
        Response first = analyst().queryParam("limit", 2).get(listPath());
        assertEquals(200, first.statusCode(), first.asString());
        String etag = first.header("ETag");
        assertNotNull(etag, "a page has an ETag");
        assertTrue(etag.matches("\"[^\"]+\""), "a strong, quoted tag: " + etag);
        assertEquals(etag, analyst().queryParam("limit", 2).get(listPath()).header("ETag"), "the same page, the same tag");

        for (String ifNoneMatch : List.of(etag, "W/" + etag, "\"other\", " + etag, "*")) {
            Response again = analyst().queryParam("limit", 2).header("If-None-Match", ifNoneMatch).get(listPath());
            assertEquals(304, again.statusCode(), ifNoneMatch);
            assertEquals("", again.asString(), "a 304 has no body");
            assertEquals(etag, again.header("ETag"), "a 304 repeats the ETag");
        }
        Response changed = analyst().queryParam("limit", 2).header("If-None-Match", "\"other\"").get(listPath());
        assertEquals(200, changed.statusCode());
        Response otherPage = analyst().queryParam("limit", 1).header("If-None-Match", etag).get(listPath());
        assertEquals(200, otherPage.statusCode(), "another page is another representation");
        assertNotEquals(etag, otherPage.header("ETag"));
    }

    /** The tag is a hash of the very bytes received, as JSON: the page was serialised once, and the tag covers it. */
    @Test
    void aPagesTagIsTheHashOfTheBytesReceived() throws Exception {
        Response page = analyst().queryParam("limit", 2).get(listPath());
        assertEquals(200, page.statusCode(), page.asString());
        assertTrue(page.contentType().startsWith("application/json"), page.contentType());
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        sha.update("application/json\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        String hash = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(sha.digest(page.asByteArray()));
        assertEquals("\"" + hash.substring(0, 27) + "\"", page.header("ETag"));
    }

    @Test
    void aPageLinksTheNextOneAsRfc8288AndTheLastOneDoesNot() {
        Response first = analyst().queryParam("limit", 1).get(listPath());
        assertEquals(200, first.statusCode(), first.asString());
        String cursor = first.jsonPath().getString("next");
        assertNotNull(cursor, "the list has more than one record");
        String link = nextLink(first);
        assertNotNull(link, "Link: rel=next on a page with a next; headers " + first.headers());
        assertTrue(link.startsWith(listPath() + "?"), link);
        assertTrue(link.contains("limit=1") && link.contains("cursor=" + cursor), link);

        Response second = analyst().get(link);
        assertEquals(200, second.statusCode(), second.asString());
        assertEquals(analyst().queryParam("limit", 1).queryParam("cursor", cursor).get(listPath()).jsonPath().getList("items"),
                second.jsonPath().getList("items"), "the link is the page the cursor names");
        assertNotEquals(first.jsonPath().getList("items"), second.jsonPath().getList("items"));

        // the last page (reached by following the links) links nothing
        Response page = analyst().queryParam("limit", 200).get(listPath());
        for (int pages = 1; page.jsonPath().getString("next") != null; pages++) {
            assertTrue(pages < 50, "a list of fewer than 10000 records");
            page = analyst().get(nextLink(page));
            assertEquals(200, page.statusCode(), page.asString());
        }
        assertNull(nextLink(page), "no next link on the last page");
    }

    @Test
    void aRecordsVersionTagAnswersIfNoneMatch() {
        Response record = analyst().get(recordPath());
        assertEquals(200, record.statusCode(), record.asString());
        String etag = record.header("ETag");
        assertNotNull(etag);
        Response again = analyst().header("If-None-Match", etag).get(recordPath());
        assertEquals(304, again.statusCode());
        assertEquals("", again.asString());
        assertEquals(etag, again.header("ETag"));
        assertEquals(200, analyst().header("If-None-Match", "\"999999\"").get(recordPath()).statusCode());
    }

    private static String nextLink(Response r) {
        for (var h : r.headers().getList("Link")) {
            Matcher m = NEXT.matcher(h.getValue());
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }
}
