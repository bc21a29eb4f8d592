package uk.gov.education.intervention.directions.domain;

import java.time.LocalDate;
import java.util.List;

/** Small, valid drafts for unit tests, and variations on them. */
final class Drafting {

    static final String GSS = "E06000021";
    static final LocalDate DATE = LocalDate.of(2021, 6, 30);

    private Drafting() {
    }

    static ClauseText clause(String number, String text, ClauseText... items) {
        return new ClauseText(number, null, text, null, null, items.length == 0 ? null : List.of(items));
    }

    static Signatory signatory() {
        return new Signatory("A. Signatory", "A Senior Civil Servant", "the Secretary of State for Education", null, null);
    }

    static DutyTerms duty(String code, String clause, Cadence cadence) {
        return new DutyTerms(code, clause, null, DutyKind.PROGRESS_REPORT, " Monthly report ", List.of(Party.COUNCIL),
                Recipient.DEPARTMENT_FOR_EDUCATION, cadence);
    }

    static Cadence cadence(CadenceType type) {
        return new Cadence(type, null, null, null, null, null, null, null, null, null);
    }

    static DirectionDraft draft(LocalDate date, String revokes, List<DutyTerms> duties) {
        DirectionText text = new DirectionText(List.of(clause("1", "Whereas the council is failing.")), null,
                List.of(clause("2", "The Secretary of State directs:", clause("a", "a monthly report"), clause("b", "a board"))),
                null);
        return new DirectionDraft(GSS, date, " A direction ", "section 497A(4B)", signatory(), revokes, text, duties);
    }

    static DirectionDraft draft() {
        return draft(DATE, null, List.of(duty("monthly-report", "2.a", cadence(CadenceType.MONTHLY))));
    }
}
