package uk.gov.education.intervention.councils;

import io.quarkus.test.junit.QuarkusTest;

/** ETags, If-None-Match and next-page links on reads (platform ConditionalGet, PageLinks), run against councils-service. */
@QuarkusTest
class ConditionalReadTest extends uk.gov.education.intervention.devkit.ConditionalReadTest {

    @Override
    protected String listPath() {
        return "/v1/councils";
    }

    @Override
    protected String recordPath() {
        return "/v1/councils/E06000021";
    }
}
