package uk.gov.education.intervention.councils.domain;

import java.time.LocalDate;

/** What made an appointment: its type, and the reference and date where the source gives them. */
public record Instrument(InstrumentType type, String reference, LocalDate date) {

    public Instrument {
        reference = Provenance.blankToNull(reference);
    }
}
