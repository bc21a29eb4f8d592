package uk.gov.education.intervention.councils.domain;

/** The instrument that made an appointment; UNKNOWN where the source does not say. */
public enum InstrumentType { DIRECTION, LETTER_OF_APPOINTMENT, OTHER, UNKNOWN }
