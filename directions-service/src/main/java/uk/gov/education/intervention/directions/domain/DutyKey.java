package uk.gov.education.intervention.directions.domain;

import java.time.LocalDate;

/** A duty's place in the order duties are listed in: its direction's date and reference, then its position. */
public record DutyKey(LocalDate date, String reference, int position) {
}
