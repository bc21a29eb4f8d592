package uk.gov.education.intervention.reporting.improvement.domain;

import java.time.OffsetDateTime;

/** Who made a change to a plan, when, as which revision, and from which report (null: made directly). */
public record Stamp(int revision, String by, OffsetDateTime at, Source source) {
}
