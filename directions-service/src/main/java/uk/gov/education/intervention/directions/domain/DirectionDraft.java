package uk.gov.education.intervention.directions.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What a draft direction says: its council and date (which make its reference), its title,
 * signatory, the direction it will revoke, its text and the duties it imposes.
 */
public record DirectionDraft(String councilGssCode, LocalDate date, String title, String statutoryBasis, Signatory signatory,
                             String revokes, DirectionText text, List<DutyTerms> duties) {

    public DirectionDraft {
        text = text == null ? DirectionText.EMPTY : text;
        duties = duties == null ? List.of() : List.copyOf(duties);
    }

    public String reference() {
        return References.direction(councilGssCode, date);
    }
}
