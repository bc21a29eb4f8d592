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

    public static RequestSpecification as(String role, String... councils) {
        return RestAssured.given().auth().oauth2(DevTokens.token(role, councils)).contentType(ContentType.JSON);
    }

    public static RequestSpecification admin() {
        return as("dfe-admin");
    }

    public static RequestSpecification analyst() {
        return as("dfe-analyst");
    }

    public static RequestSpecification commissioner(String... councils) {
        return as("commissioner", councils);
    }

    public static RequestSpecification reporter(String council) {
        return as("council-reporter", council);
    }

    public static RequestSpecification anonymous() {
        return RestAssured.given().contentType(ContentType.JSON);
    }
}
