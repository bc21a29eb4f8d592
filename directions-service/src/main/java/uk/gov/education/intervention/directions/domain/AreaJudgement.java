package uk.gov.education.intervention.directions.domain;

/** Ofsted's judgement of one area (a judgement-area code of the framework), as a recital cites it. */
public record AreaJudgement(String area, Judgement judgement) {
}
