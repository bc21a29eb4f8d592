package uk.gov.education.intervention.reporting;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.equalTo;
import static uk.gov.education.intervention.devkit.Callers.analyst;
import static uk.gov.education.intervention.devkit.Callers.reporter;
import static uk.gov.education.intervention.reporting.Downstream.STOKE;

/** Content types as curl and calendar apps send them: none at all, or with parameters. */
@QuarkusTest
class MediaTypesTest extends StandInTest {

    @Override
    LocalDate today() {
        return LocalDate.of(2020, 2, 10);
    }

    @Test
    void curlsDefaultFormTypeIsA415SayingToSendJson() {
        reporter(STOKE).contentType("application/x-www-form-urlencoded").body("{\"councilGssCode\":\"" + STOKE + "\"}").post("/v1/calendar/subscriptions").then().statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:intervention:unsupported-media-type"))
                .body("detail", allOf(startsWith("Content-Type 'application/x-www-form-urlencoded"),
                        containsString("is not accepted here; send Content-Type: application/json."),
                        endsWith("curl -d sends this type unless told otherwise: add -H 'Content-Type: application/json', or use --json.")));
    }

    @Test
    void csvAndCalendarAreServedToAnAcceptWithACharset() {
        analyst().accept("text/csv; charset=utf-8").queryParam("from", "2020-Q1").queryParam("to", "2020-Q1")
                .queryParam("council", STOKE).get("/v1/aggregates/quarterly")
                .then().statusCode(200).contentType(containsString("text/csv"));
        analyst().accept("text/calendar; charset=utf-8").queryParam("council", STOKE).get("/v1/calendar/due-items.ics")
                .then().statusCode(200).contentType(containsString("text/calendar"));
        analyst().contentType("application/json; charset=utf-8").body("{\"councilGssCode\":\"" + STOKE + "\"}")
                .post("/v1/calendar/subscriptions").then().statusCode(201);
    }

}
