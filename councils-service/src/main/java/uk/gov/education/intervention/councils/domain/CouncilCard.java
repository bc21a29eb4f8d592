package uk.gov.education.intervention.councils.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A council as one read shows it: its details, version and current rating (the overall judgement of its latest
 * inspection published on or before the day asked about; null when none).
 */
public record CouncilCard(String gssCode, String laCode, String name, CouncilType type, Region region, long version,
                          Rating rating) {

    /** The rating's facts, from the inspection it comes from. */
    public record Rating(Judgement overallEffectiveness, LocalDate publishedOn, String frameworkCode, UUID inspectionId) {
    }
}
