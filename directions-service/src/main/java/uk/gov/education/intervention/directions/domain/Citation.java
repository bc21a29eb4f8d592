package uk.gov.education.intervention.directions.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** A report or direction that a recital relies on; which fields it has depends on its kind. */
public record Citation(CitationKind kind, LocalDate date, YearMonth month, String framework, Judgement overallEffectiveness,
                       List<AreaJudgement> judgements, String direction) {

    public List<AreaJudgement> judgementsOrEmpty() {
        return judgements == null ? List.of() : judgements;
    }
}
