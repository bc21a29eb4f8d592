package uk.gov.education.intervention.directions.domain;

import java.time.LocalDate;

/** A direction's place in the order directions are listed in: by date, then reference. */
public record DirectionKey(LocalDate date, String reference) {
}
