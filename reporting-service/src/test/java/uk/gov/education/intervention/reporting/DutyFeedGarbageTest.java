package uk.gov.education.intervention.reporting;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.gov.education.intervention.devkit.Callers.analyst;

/**
 * directions-service answering 200 with a duties feed that cannot be used: well-formed JSON whose
 * duties lack what a schedule needs, or carry dates and intervals no direction has (which would
 * make a schedule of billions of items, or overflow the calendar). Such a feed is treated as no
 * answer: schedules and aggregates come from the copy kept from the last good read, say so, and are
 * never a 500; the kept copy is not replaced; and a good feed afterwards is used again.
 */
@QuarkusTest
class DutyFeedGarbageTest extends StandInTest {

    @Override
    LocalDate today() {
        return LocalDate.of(2020, 11, 20);
    }

    /** A seed duty (Stoke-on-Trent's monthly progress report) with one thing changed. */
    private static String feedWith(UnaryOperator<ObjectNode> change) {
        ObjectNode duty = Downstream.seedDuties().stream()
                .filter(d -> d.get("id").asText().endsWith("/monthly-progress-report")).findFirst().orElseThrow().deepCopy();
        ObjectNode page = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        page.putArray("items").add(change.apply(duty));
        return page.toString();
    }

    static Stream<String> garbage() {
        return Stream.of(
                "{\"items\":[{}]}",
                "{\"items\":[null]}",
                feedWith(d -> d.putNull("councilGssCode")),
                feedWith(d -> d.put("councilGssCode", "not a council")),
                feedWith(d -> d.putNull("cadence")),
                feedWith(d -> d.put("directionDate", "-999999999-01-01")),
                feedWith(d -> d.put("directionDate", "+999999999-12-31")),
                feedWith(d -> d.set("cadence", d.objectNode().put("type", "EVERY_N_MONTHS").put("months", 0))),
                feedWith(d -> d.set("cadence", d.objectNode().put("type", "AT_MONTH_OFFSETS")
                        .set("offsets", d.arrayNode().add(6).add(Integer.MAX_VALUE)))),
                feedWith(d -> d.set("cadence", d.objectNode().put("type", "ONCE").put("dueOn", "+999999999-12-31"))));
    }

    private static JsonPath stokeSchedule(boolean degraded) {
        return analyst().queryParam("council", Downstream.STOKE).queryParam("from", "2020-01-01").queryParam("to", "2020-03-31")
                .get("/v1/due-items").then().statusCode(200).body("degraded", equalTo(degraded)).extract().jsonPath();
    }

    @ParameterizedTest
    @MethodSource("garbage")
    void aFeedThatCannotBeUsedIsNoAnswerAndTheKeptCopyServes(String feed) {
        List<String> good = stokeSchedule(false).getList("items.id");
        Downstream.directionsAnswer(feed);

        List<String> degraded = analyst().queryParam("council", Downstream.STOKE).queryParam("from", "2020-01-01")
                .queryParam("to", "2020-03-31").get("/v1/due-items").then().statusCode(200)
                .header("Warning", nullValue()) // RFC 9111 obsoletes Warning: the body says it
                .body("degraded", equalTo(true))
                .body("missing", hasItem(containsString("directions-service")))
                .extract().jsonPath().getList("items.id");
        assertEquals(good, degraded, "the schedule comes from the kept copy");
        analyst().queryParam("from", "2020-01").queryParam("to", "2020-03").get("/v1/aggregates/monthly").then().statusCode(200)
                .body("degraded", equalTo(true));

        // the garbage was not kept: with directions-service down the copy is still the good one
        Downstream.directionsDown();
        assertEquals(good, analyst().queryParam("council", Downstream.STOKE).queryParam("from", "2020-01-01")
                .queryParam("to", "2020-03-31").get("/v1/due-items").then().statusCode(200)
                .body("degraded", equalTo(true)).extract().jsonPath().getList("items.id"));

        Downstream.reset();
        circuits.resetAll();
        assertEquals(good, stokeSchedule(false).getList("items.id"));
    }
}
