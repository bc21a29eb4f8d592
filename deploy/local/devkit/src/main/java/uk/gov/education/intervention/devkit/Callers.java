package uk.gov.education.intervention.devkit;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** REST Assured requests as each kind of caller makes them, with development tokens. For tests. */
public final class Callers {

    public static final String STOKE = "E06000021";
    public static final String MEDWAY = "E06000035";
    public static final String STOCKPORT = "E08000007";
    public static final String ESSEX = "E10000012";

    private Callers() {
    }

    /** A caller of the role; with a council: a council-reporter of that council, or that council's development commissioner. */
    public static RequestSpecification as(String role, String... council) {
        return bearer(DevTokens.token(role, council));
    }

    /** A person of their own within a role and council (a subject of their own; see DevTokens#subject). */
    public static RequestSpecification person(String role, String council, String person) {
        return bearer(DevTokens.personToken(role, council, person));
    }

    public static RequestSpecification bearer(String token) {
        return RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static RequestSpecification admin() {
        return as("dfe-admin");
    }

    public static RequestSpecification analyst() {
        return as("dfe-analyst");
    }

    /** The development commissioner identity of a council (linked to the seed Commissioner by the development data). */
    public static RequestSpecification commissioner(String... council) {
        return as("commissioner", council);
    }

    public static RequestSpecification reporter(String council) {
        return as("council-reporter", council);
    }

    public static RequestSpecification anonymous() {
        return RestAssured.given().contentType(ContentType.JSON);
    }
}
