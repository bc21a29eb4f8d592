package uk.gov.education.intervention.directions.domain;

/** A set of failing functions and the clause of the direction that states it. */
public record FunctionReference(FunctionSet set, String clause) {
}
