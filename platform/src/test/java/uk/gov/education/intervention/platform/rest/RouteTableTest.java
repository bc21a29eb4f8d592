package uk.gov.education.intervention.platform.rest;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RouteTableTest {

    @Test
    void aTemplateMatchesItsPathsAndNamesItsParameters() {
        String template = RouteTable.join("/v1/organisations/", "/{id}/history");
        assertEquals("/v1/organisations/{id}/history", template);
        List<String> params = new ArrayList<>();
        Pattern p = RouteTable.compile(template, params);
        assertEquals(List.of("id"), params);
        assertTrue(p.matcher("/v1/organisations/not-a-uuid/history").matches());
        assertTrue(p.matcher("/v1/organisations/x/history/").matches());
        assertFalse(p.matcher("/v1/organisations/a/b/history").matches());
        assertFalse(p.matcher("/v1/organisations//history").matches());
        assertEquals("/v1/councils", RouteTable.join("v1/councils", ""));
    }

    @Test
    void aParameterWithARegexKeepsIt() {
        List<String> params = new ArrayList<>();
        Pattern p = RouteTable.compile("/v1/periods/{year: [0-9]{4}}", params);
        assertEquals(List.of("year"), params);
        assertTrue(p.matcher("/v1/periods/2020").matches());
        assertFalse(p.matcher("/v1/periods/20x0").matches());
    }
}
