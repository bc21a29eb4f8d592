package uk.gov.education.intervention.directions.domain;

import java.util.List;

/** A duty as a draft states it: the clause that imposes it, the others citing it, who provides it, to whom and when. */
public record DutyTerms(String code, String clause, List<String> citedBy, DutyKind kind, String title, List<Party> providers,
                        Recipient recipient, Cadence cadence) {

    public List<String> citedByOrEmpty() {
        return citedBy == null ? List.of() : citedBy;
    }
}
