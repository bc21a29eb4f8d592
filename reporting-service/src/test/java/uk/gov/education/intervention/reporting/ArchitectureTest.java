package uk.gov.education.intervention.reporting;

import java.util.List;

/** The layer and feature rules, applied to reporting-service's production classes. */
class ArchitectureTest extends uk.gov.education.intervention.devkit.ArchitectureTest {

    @Override
    protected String basePackage() {
        return "uk.gov.education.intervention.reporting";
    }

    @Override
    protected List<String> features() {
        return List.of("submission", "access", "schedule", "aggregate", "boardmeeting", "calendar", "reviewoutcome",
                "accessrequest", "notification");
    }
}
