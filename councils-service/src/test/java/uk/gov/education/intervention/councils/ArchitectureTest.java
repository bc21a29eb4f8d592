package uk.gov.education.intervention.councils;

/** councils-service keeps the suite's layer rules; it has no feature packages. */
class ArchitectureTest extends uk.gov.education.intervention.devkit.ArchitectureTest {

    @Override
    protected String basePackage() {
        return "uk.gov.education.intervention.councils";
    }
}
