package uk.gov.education.intervention.directions;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.education.intervention.devkit.Callers.analyst;
import static uk.gov.education.intervention.devkit.Callers.anonymous;
import static uk.gov.education.intervention.devkit.Callers.reporter;

/** The Atom feed of directions issued and revoked: valid RFC 4287 as an XML parser reads it, escaped, cacheable. */
@QuarkusTest
class DirectionFeedTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String FEED = "/v1/directions/feed.atom";

    private static ExtractableResponse<Response> read() {
        return reporter("E06000021").accept("application/atom+xml").get(FEED).then().statusCode(200)
                .contentType(startsWith("application/atom+xml")).extract();
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertEquals(1, found.size(), "exactly one atom:" + name + " in " + parent.getLocalName());
        String t = found.get(0).getTextContent();
        assertFalse(t.isBlank(), "atom:" + name + " is empty");
        return t;
    }

    private static String link(Element parent, String rel) {
        return children(parent, "link").stream().filter(l -> rel.equals(l.getAttribute("rel"))).map(l -> l.getAttribute("href"))
                .findFirst().orElse(null);
    }

    @Test
    void theFeedIsAtomWithEveryRequiredElementNewestFirst() throws Exception {
        Document doc = parse(read().asByteArray());
        Element feed = doc.getDocumentElement();
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        assertTrue(text(feed, "id").startsWith("tag:"));
        text(feed, "title");
        OffsetDateTime updated = OffsetDateTime.parse(text(feed, "updated"));
        assertTrue(link(feed, "self").endsWith(FEED));
        assertEquals(1, children(feed, "author").size(), "the feed names its author, so entries need not");
        List<Element> entries = children(feed, "entry");
        assertFalse(entries.isEmpty());
        assertTrue(entries.size() <= 50, "a bounded window");
        Set<String> ids = new HashSet<>();
        OffsetDateTime previous = updated;
        for (Element e : entries) {
            assertTrue(ids.add(text(e, "id")), "entry ids are unique");
            assertTrue(text(e, "id").matches("tag:intervention\\.education\\.gov\\.uk,2026:direction:[A-Z][0-9]{8}-[0-9-]{10}:(issued|revoked)"));
            text(e, "title");
            text(e, "summary");
            OffsetDateTime at = OffsetDateTime.parse(text(e, "updated"));
            assertFalse(at.isAfter(previous), "newest first, none newer than the feed");
            previous = at;
            assertTrue(link(e, "alternate").matches(".*/v1/directions/[A-Z][0-9]{8}-[0-9-]{10}/document\\?format=html"));
            assertTrue(link(e, "related").matches(".*/v1/directions/[A-Z][0-9]{8}-[0-9-]{10}"));
            assertEquals(200, analyst().get(link(e, "related").replaceAll("^.*(/v1/)", "$1")).statusCode(), "the record link resolves");
        }
    }

    @Test
    void aDirectionIssuedNowIsTheNewestEntryWithItsTitleEscaped() throws Exception {
        String gss = CouncilsServiceStub.testCouncil();
        Map<String, Object> body = Drafts.direction(gss, "2022-03-01");
        body.put("title", "STATUTORY DIRECTION <b>& \"AMPERSAND\"</b> ]]> TO " + gss);
        Drafts.issued(body);
        Element first = children(parse(read().asByteArray()).getDocumentElement(), "entry").get(0);
        assertEquals("tag:intervention.education.gov.uk,2026:direction:" + gss + "-2022-03-01:issued", text(first, "id"));
        assertEquals("Issued: STATUTORY DIRECTION <b>& \"AMPERSAND\"</b> ]]> TO " + gss, text(first, "title"));
    }

    @Test
    void aConditionalGetIsAnsweredWith304UntilSomethingIsIssued() {
        ExtractableResponse<Response> first = read();
        String etag = first.header("ETag");
        assertNotNull(etag);
        assertNotNull(first.header("Last-Modified"));
        reporter("E06000021").header("If-None-Match", etag).get(FEED).then().statusCode(304);
        reporter("E06000021").header("If-Modified-Since", first.header("Last-Modified")).get(FEED).then().statusCode(304);

        Drafts.issued(Drafts.direction(CouncilsServiceStub.testCouncil(), "2022-04-01"));
        String after = reporter("E06000021").header("If-None-Match", etag).get(FEED).then().statusCode(200).extract().header("ETag");
        assertNotEquals(etag, after);
    }

    @Test
    void withoutATokenTheFeedIsRefused() {
        anonymous().get(FEED).then().statusCode(401);
    }
}
