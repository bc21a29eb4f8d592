package uk.gov.education.intervention.councils.domain;

/**
 * Whether a recorded date is stated by the record's source, inferred from it (e.g. from the date of the document
 * that recites it), or unknown (then no date is recorded).
 */
public enum DateBasis { STATED, INFERRED, UNKNOWN }
