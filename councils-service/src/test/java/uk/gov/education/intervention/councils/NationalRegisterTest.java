package uk.gov.education.intervention.councils;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.education.intervention.devkit.Callers.analyst;

/**
 * Every English children's services authority is recorded (migration V5, from db/reference's data file), with only
 * the facts its source states, and the four councils the seed names keep the seed's facts.
 */
@QuarkusTest
class NationalRegisterTest {

    private static final Map<String, String> TYPES = Map.of("COUNTY", "COUNTY_COUNCIL", "UNITARY", "UNITARY_AUTHORITY",
            "METROPOLITAN_DISTRICT", "METROPOLITAN_DISTRICT", "LONDON_BOROUGH", "LONDON_BOROUGH", "CITY_OF_LONDON", "CITY_OF_LONDON");

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @Test
    void everyAuthorityOfTheDataFileIsServedWithItsFacts() throws IOException {
        List<Map<String, String>> register = register();
        assertEquals(153, register.size());
        Map<String, Map<String, Object>> served = new HashMap<>();
        for (int from = 0; from < register.size(); from += 100) {
            Object[] codes = register.subList(from, Math.min(from + 100, register.size())).stream().map(r -> r.get("gss_code")).toArray();
            JsonPath page = analyst().queryParam("limit", 100).queryParam("gss", codes).get("/v1/councils").then()
                    .statusCode(200).extract().jsonPath();
            page.<Map<String, Object>>getList("items").forEach(c -> served.put((String) c.get("gssCode"), c));
        }
        assertEquals(153, served.size());
        for (Map<String, String> r : register) {
            Map<String, Object> c = served.get(r.get("gss_code"));
            assertEquals(r.get("dfe_la_code"), c.get("laCode"), r.toString());
            assertEquals(r.get("official_name"), c.get("name"), r.toString());
            assertEquals(TYPES.get(r.get("type")), c.get("type"), r.toString());
            assertEquals(r.get("region").toUpperCase().replace(' ', '_'), c.get("region"), r.toString());
        }
    }

    @Test
    void theSeedsCouncilsKeepTheSeedsFacts() {
        assertEquals(List.of("E06000021|861|Stoke-on-Trent City Council|UNITARY_AUTHORITY|WEST_MIDLANDS",
                        "E06000035|887|Medway Council|UNITARY_AUTHORITY|SOUTH_EAST",
                        "E08000007|356|Stockport Metropolitan Borough Council|METROPOLITAN_DISTRICT|NORTH_WEST",
                        "E10000012|881|Essex County Council|COUNTY_COUNCIL|EAST_OF_ENGLAND"),
                analyst().queryParam("gss", "E06000021", "E06000035", "E08000007", "E10000012").get("/v1/councils").then()
                        .statusCode(200).extract().jsonPath().<Map<String, Object>>getList("items").stream()
                        .map(c -> String.join("|", (String) c.get("gssCode"), (String) c.get("laCode"), (String) c.get("name"),
                                (String) c.get("type"), (String) c.get("region")))
                        .toList());
    }

    @Test
    void theListPagesThroughTheWholeRegisterInGssOrder() {
        List<String> all = new ArrayList<>();
        String cursor = null;
        do {
            var request = analyst().queryParam("limit", 50);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/v1/councils").then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("items.gssCode"));
            cursor = page.getString("next");
        } while (cursor != null);
        assertTrue(all.size() >= 153, "councils listed: " + all.size());
        assertEquals(all.stream().sorted().toList(), all);
        assertEquals(all.stream().distinct().count(), all.size());
    }

    @Test
    void aNewDatabaseHoldsTheRegisterAndNothingElseAboutIt() throws Exception {
        String database = "reg_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        admin("CREATE DATABASE " + database + " ENCODING 'UTF8'");
        String databaseUrl = url.substring(0, url.lastIndexOf('/') + 1) + database;
        try {
            Flyway.configure().dataSource(databaseUrl, user, password.orElse(null)).locations("classpath:db/migration").load().migrate();
            try (Connection c = DriverManager.getConnection(databaseUrl, user, password.orElse(null)); Statement s = c.createStatement()) {
                assertEquals("153", one(s, "SELECT count(*) FROM council WHERE source LIKE 'mySociety%CC BY 4.0%'"));
                assertEquals("9", one(s, "SELECT count(*) FROM council WHERE source LIKE '%added by hand'"));
                assertEquals("839", one(s, "SELECT la_code FROM council WHERE gss_code = 'E06000058' AND source LIKE '%added by hand'"));
                assertEquals("0", one(s, "SELECT (SELECT count(*) FROM ofsted_inspection) + (SELECT count(*) FROM organisation) "
                        + "+ (SELECT count(*) FROM appointment) + (SELECT count(*) FROM partnership) + (SELECT count(*) FROM audit_event)"));

                // the seed then adds its records to the register's councils and changes none of them
                String before = one(s, "SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) FROM (SELECT * FROM council) t");
                s.execute(resource("db/seed/seed-data.sql"));
                assertEquals(before, one(s, "SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) FROM (SELECT * FROM council) t"));
                assertNotNull(one(s, "SELECT id FROM ofsted_inspection WHERE id = 'a0000000-0000-4000-8000-000000000001'"));
                assertNull(one(s, "SELECT max(published_on)::text FROM ofsted_inspection i JOIN council c ON c.id = i.council_id "
                        + "WHERE c.gss_code NOT IN ('E06000021', 'E06000035')"));
            }
        } finally {
            admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    /** The data file's rows, by column name. */
    static List<Map<String, String>> register() throws IOException {
        List<String> lines = resource("db/reference/english-childrens-services-authorities.csv").lines().toList();
        List<String> header = fields(lines.get(0));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> values = fields(line);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < values.size() ? values.get(i) : "");
            }
            rows.add(row);
        }
        return rows;
    }

    /** One CSV line's fields; a field may be quoted (and then hold commas and doubled quotes). */
    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        out.add(field.toString());
        return out;
    }

    private void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password.orElse(null)); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String one(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
