package uk.gov.education.intervention.directions;

import io.quarkus.test.junit.QuarkusTest;

/** ETags, If-None-Match and next-page links on reads (platform ConditionalGet, PageLinks), run against directions-service. */
@QuarkusTest
class ConditionalReadTest extends uk.gov.education.intervention.devkit.ConditionalReadTest {

    @Override
    protected String listPath() {
        return "/v1/directions";
    }

    @Override
    protected String recordPath() {
        return "/v1/directions/E06000021-2019-10-31";
    }
}
