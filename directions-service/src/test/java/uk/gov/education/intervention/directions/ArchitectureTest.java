package uk.gov.education.intervention.directions;

/** directions-service keeps the suite's layer rules: one feature, its layers at the top of its package. */
class ArchitectureTest extends uk.gov.education.intervention.devkit.ArchitectureTest {

    @Override
    protected String basePackage() {
        return "uk.gov.education.intervention.directions";
    }
}
